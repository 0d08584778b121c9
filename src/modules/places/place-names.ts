/** Name forms of settlements: what people read and what the autocomplete matches. */

const romanNumerals = [
  '',
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
  'XVI',
  'XVII',
  'XVIII',
  'XIX',
  'XX',
  'XXI',
  'XXII',
  'XXIII',
];

const districtPattern = /^Budapest (\d{2})\. ker\.$/;

/** Lower-case, accent-free, punctuation-light form used for prefix matching: "Gödöllő" → "godollo". */
export function searchForm(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      // Control characters (NUL above all: PostgreSQL refuses it in text) count as spaces.
      .replace(/[.,;:()\p{Cc}]/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** "Budapest 11. ker." (KSH form) → "Budapest XI. kerület"; other names unchanged. */
export function displayName(officialName: string): string {
  const m = districtPattern.exec(officialName);
  if (!m) return officialName;
  return `Budapest ${romanNumerals[Number(m[1])]}. kerület`;
}

/**
 * Every form a person may type for a settlement: official, readable, and for a Budapest district
 * the ways people write it in addresses ("Budapest XI", "Bp. 11. ker.", "XI. kerület"), so that
 * both the autocomplete (prefix) and resolvePlace (exact) understand them.
 */
export function searchKeys(officialName: string): string[] {
  const keys = new Set<string>([searchForm(officialName), searchForm(displayName(officialName))]);
  const m = districtPattern.exec(officialName);
  if (m) {
    const n = Number(m[1]);
    const roman = (romanNumerals[n] as string).toLowerCase();
    for (const city of ['budapest', 'bp']) {
      for (const number of [roman, String(n)]) {
        for (const suffix of ['', ' ker', ' kerulet']) keys.add(`${city} ${number}${suffix}`);
      }
    }
    keys.add(`${roman} kerulet`);
    keys.add(`${n} kerulet`);
  }
  for (const k of [...keys]) if (k.includes('-')) keys.add(k.replace(/-/g, ' '));
  return [...keys];
}
