import type { Locale } from '../../platform/i18n.js';
import { remembered } from '../../platform/remembered.js';
import type { VocabularyRow } from './repo.js';
import type { Term } from './types.js';

/** Names of the causes and skills a reason lists, in both languages. */
export type Vocabulary = Map<string, { hu: string; en: string }>;

export function vocabularyOf(rows: VocabularyRow[]): Vocabulary {
  return new Map(rows.map((r) => [`${r.kind}:${r.slug}`, { hu: r.name_hu, en: r.name_en }]));
}

const languageNames: Record<Locale, Intl.DisplayNames> = {
  hu: new Intl.DisplayNames(['hu'], { type: 'language', fallback: 'code' }),
  en: new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' }),
};

/** A code's name in one locale; remembered: Intl.DisplayNames costs microseconds, and a page names the same few languages. */
const nameIn = (locale: Locale) =>
  remembered((code: string) => {
    try {
      return languageNames[locale].of(code.toLowerCase()) ?? code;
    } catch {
      return code;
    }
  }, 1000);
const codeNames: Record<Locale, (code: string) => string> = { hu: nameIn('hu'), en: nameIn('en') };

/** A language as stored on profiles: an ISO code ("en" → "angol") or already a name. */
function languageName(value: string, locale: Locale): string {
  return /^[a-z]{2,3}$/i.test(value) ? codeNames[locale](value) : value;
}

/** The term's name; `slotName` names a weekly slot ("wed-morning" → "szerda délelőtt"). */
export function termName(term: Term, locale: Locale, vocabulary: Vocabulary, slotName: (slot: string) => string): string {
  if (term.kind === 'language') return languageName(term.value, locale);
  if (term.kind === 'slot') return slotName(term.value);
  return vocabulary.get(`${term.kind}:${term.value}`)?.[locale] ?? term.value;
}
