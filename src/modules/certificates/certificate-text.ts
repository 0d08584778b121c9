import { formatDate, formatDuration, type Locale, type Translate, translator } from '../../platform/i18n.js';
import type { CertificateSnapshot } from './snapshot.js';

/** Pure text rules of certificates: hour amounts, the holder's initials, date ranges. */

const hungarian = translator('hu');

/** The Hungarian form, for the certificate itself (a Hungarian document). */
export function formatHoursHu(totalMinutes: number): string {
  return formatDuration(hungarian, 'hu', totalMinutes);
}

/** Hungarian digraphs and the trigraph that count as one letter in an initial ("Szabó" → "Sz."). */
const multiLetters = ['dzs', 'cs', 'dz', 'gy', 'ly', 'ny', 'sz', 'ty', 'zs'];

function initialOf(word: string): string {
  const lower = word.toLocaleLowerCase('hu');
  const multi = multiLetters.find((m) => lower.startsWith(m) && word.length > m.length);
  const letter = multi ? word.slice(0, multi.length) : word.slice(0, 1);
  return `${letter.slice(0, 1).toLocaleUpperCase('hu')}${letter.slice(1).toLocaleLowerCase('hu')}.`;
}

/**
 * Initials only, family name first ("Kovács Anna" → "K. A."): the public verification page
 * confirms a certificate without publishing the holder's name (GDPR data minimisation).
 */
export function holderInitials(familyName: string, givenName: string): string {
  return `${familyName} ${givenName}`
    .split(/[\s-]+/)
    .filter((w) => w.length > 0)
    .map(initialOf)
    .join(' ');
}

/** Calendar day "2026-11-25" → "2026. 11. 25." (the Hungarian date form). */
export function formatDayHu(day: string): string {
  const [y, m, d] = day.split('-');
  return `${y}. ${m}. ${d}.`;
}

/** A calendar day in the reader's language (noon UTC is the same day in Budapest). */
export function formatDay(locale: Locale, day: string): string {
  return formatDate(locale, new Date(`${day}T12:00:00Z`));
}

/** What a certificate covers: "organization – opportunity" for a placement, the course for a training, else the period. */
export function scopeText(t: Translate, locale: Locale, s: CertificateSnapshot): string {
  const [only] = s.organizations;
  if (s.kind === 'placement' && only) return `${only.name} – ${s.opportunityTitle ?? ''}`;
  if (s.kind === 'training' && s.training) return t('certificates.scope.training', { title: s.training.courseTitle, date: formatDay(locale, s.period.from) });
  return t('certificates.scope.period', { from: formatDay(locale, s.period.from), to: formatDay(locale, s.period.to) });
}

/** A file name a browser keeps as is: ASCII letters and digits, accents dropped. */
export function asciiFileName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
}
