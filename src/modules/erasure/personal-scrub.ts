import { foldForSearch } from '../users/repo.js';
import { derivedNameForms, type NameForm, phoneDigits } from './derived-forms.js';
import { erasedFamilyName, erasedFullName, erasedGivenName, erasedSortKey, erasedText } from './placeholder.js';

/** What a derived form of the name becomes: a sort key the placeholder's, the rest the placeholder text. */
const replacementOfForm: Record<NameForm['kind'], string> = {
  sortKey: erasedSortKey,
  folded: erasedFullName,
  asciiFileName: erasedText,
};

/**
 * Finding and replacing one person's name, e-mail and phone in free text and in JSON (audit
 * before/after, certificate and contract snapshots). Pure functions, unit-tested.
 *
 * Two strengths of "needle":
 * - strong: the full name (both orders) and the forms the code derives of it (sort key, unaccented
 *   search form: derived-forms.ts), e-mail addresses and phone numbers (also as digits). Distinctive enough to
 *   scrub wherever they appear in the database (a note on someone else's placement, a mail to staff).
 * - weak: the family name and the given name alone. "Kovács" or "Anna" alone also names other
 *   people, so these are scrubbed only in rows linked to the person (their placements, hours,
 *   audit entries about them …), never across the whole database.
 * A name part matches at the start of a word only, but also with a Hungarian suffix after it
 * ("Annának", "Kovácséknál", "Kovácsné"), which is how names appear in Hungarian sentences.
 */
export type Needle = { text: string; replacement: string; strength: 'strong' | 'weak'; wordStart: boolean };

export type Person = {
  familyName: string;
  givenName: string;
  emails: (string | null | undefined)[];
  phones: (string | null | undefined)[];
  /**
   * The guardian's name, e-mail and phone (a minor's legal representative) as written on the
   * minor's records. Weak needles: they are scrubbed from the minor's own records, never elsewhere,
   * since the guardian is another person, with their own account and perhaps other children.
   */
  guardian?: (string | null | undefined)[];
};

const present = (values: (string | null | undefined)[]) => [...new Set(values.map((v) => v?.trim() ?? '').filter((v) => v.length > 0))];

/** The needles of a person, longest first (so "Kovács Anna" is replaced before "Kovács"). */
export function needlesOf(person: Person): Needle[] {
  const family = person.familyName.trim();
  const given = person.givenName.trim();
  const needles: Needle[] = [];
  const add = (text: string, replacement: string, strength: Needle['strength'], wordStart: boolean) => {
    // Two letters or fewer would match half the language; such a name part is not searched alone.
    if (text.length < 3 && strength === 'weak') return;
    if (!needles.some((n) => n.text.toLowerCase() === text.toLowerCase())) needles.push({ text, replacement, strength, wordStart });
  };
  // The full name and every form the code derives of it (derived-forms.ts): strong.
  for (const full of family && given ? [`${family} ${given}`, `${given} ${family}`] : []) {
    add(full, erasedFullName, 'strong', true);
    for (const form of derivedNameForms(full)) add(form.text, replacementOfForm[form.kind], 'strong', form.kind === 'folded' || form.kind === 'asciiFileName');
  }
  for (const email of present(person.emails)) add(email, erasedText, 'strong', false);
  for (const phone of present(person.phones)) {
    add(phone, erasedText, 'strong', false);
    add(phoneDigits(phone), erasedText, 'strong', false);
  }
  for (const detail of present(person.guardian ?? [])) add(detail, erasedText, 'weak', !detail.includes('@'));
  // A name part alone, and its unaccented search form: weak.
  if (family) add(family, erasedFamilyName, 'weak', true);
  if (given) add(given, erasedGivenName, 'weak', true);
  if (family) add(foldForSearch(family), erasedFamilyName, 'weak', true);
  if (given) add(foldForSearch(given), erasedGivenName, 'weak', true);
  return needles.sort((a, b) => b.text.length - a.text.length);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * A name as it appears in Hungarian text: a final a/e lengthens before a suffix ("Anna" →
 * "Annának", "Erzsébete" → "Erzsébetének"), so the lengthened stem is matched when a letter follows.
 */
function nameSource(name: string): string {
  const last = name.slice(-1).toLowerCase();
  const long = last === 'a' ? 'á' : last === 'e' ? 'é' : null;
  if (!long) return escapeRegExp(name);
  return `${escapeRegExp(name.slice(0, -1))}(?:${escapeRegExp(name.slice(-1))}|${long}(?=\\p{L}))`;
}
/** The dictionary form of a lengthened stem ("annná" → "anna"), to find its replacement. */
const shortened = (text: string) => text.replace(/á$/, 'a').replace(/é$/, 'e');

/** A UUID or a timestamp is an identifier, never a name: left alone even if "ede" or "Abe" is in it. */
const identifierLike = /^(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\d{4}-\d{2}-\d{2}(?:T[0-9:.]+Z?)?)$/i;

export type Scrubber = { text(value: string): string; json(value: unknown): unknown; matches(value: string): boolean };

/**
 * A scrubber for the given needles: one pass over a string with one alternation, so a replacement
 * ("Törölt") is never searched again for a shorter needle.
 */
export function scrubberFor(needles: readonly Needle[]): Scrubber {
  if (needles.length === 0) return { text: (v) => v, json: (v) => v, matches: () => false };
  const sorted = [...needles].sort((a, b) => b.text.length - a.text.length);
  const source = sorted.map((n) => (n.wordStart ? `(?<![\\p{L}\\p{N}])${nameSource(n.text)}` : escapeRegExp(n.text))).join('|');
  const pattern = new RegExp(source, 'giu');
  const byLowerText = new Map(sorted.map((n) => [n.text.toLowerCase(), n.replacement]));
  const replacementOf = (found: string) => byLowerText.get(found.toLowerCase()) ?? byLowerText.get(shortened(found.toLowerCase())) ?? erasedText;
  const text = (value: string) => (identifierLike.test(value) ? value : value.replace(pattern, replacementOf));
  const json = (value: unknown): unknown => {
    if (typeof value === 'string') return text(value);
    if (Array.isArray(value)) return value.map(json);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, json(v)]));
    return value;
  };
  const matches = (value: string) => {
    pattern.lastIndex = 0;
    const found = !identifierLike.test(value) && pattern.test(value);
    pattern.lastIndex = 0;
    return found;
  };
  return { text, json, matches };
}

/** The `%…%` ILIKE pattern that finds a needle anywhere (LIKE's own wildcards escaped). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, '\\$&')}%`;
}
