import { hungarianSortKey } from '../../platform/hungarian-sort-key.js';
import { asciiFileName } from '../certificates/certificate-text.js';
import { foldForSearch } from '../users/repo.js';

/**
 * Every form the code derives from a personal value, through the same functions that derive it:
 * what the erasure must find besides the literal value. A name is stored as a Hungarian sort key
 * (users, volunteers, register), whose first level spells the name's letters without accents (so
 * it is reversible; a whole key is searched, since its levels have one unit per letter each, a key
 * is found only inside an identical key, never inside another name's); searches fold it to unaccented lower case; certificate file names spell it in
 * ASCII. A phone is searched by its digits. JSON (jsonb) writes control characters as \u escapes, so
 * a sort key inside a JSON copy reads differently from the same key in a text column.
 *
 * A new derivation of personal data in the code belongs here, so both the anonymiser and the proof
 * test (erasure-scan.int.test.ts) know it.
 */

export type NameForm = { text: string; kind: 'sortKey' | 'folded' | 'asciiFileName' };

/** The derived forms of a name as the code writes it ("Kovács Anna"); the literal is not included. */
export function derivedNameForms(name: string): NameForm[] {
  const forms: NameForm[] = [
    { text: hungarianSortKey(name), kind: 'sortKey' },
    { text: foldForSearch(name), kind: 'folded' },
    { text: asciiFileName(name), kind: 'asciiFileName' },
  ];
  return forms.filter((f, i) => f.text.length > 0 && f.text !== name && forms.findIndex((g) => g.text === f.text) === i);
}

/** The digits of a phone number, as the volunteer search compares them ("+36 30 123 4567" → "36301234567"). */
export function phoneDigits(phone: string): string {
  return phone.replace(/\D/g, '');
}

/** How a string reads inside JSON text (jsonb::text): quotes, backslashes and control characters escaped. */
export function jsonTextForm(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}
