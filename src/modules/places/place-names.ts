/** Name forms of settlements: what people read and what the autocomplete matches. */

const romanNumerals = [
  '', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV', 'XVI', 'XVII',
  'XVIII', 'XIX', 'XX', 'XXI', 'XXII', 'XXIII',
];

const districtPattern = /^Budapest (\d{2})\. ker\.$/;

/** Lower-case, accent-free, punctuation-light form used for prefix matching: "Gödöllő" → "godollo". */
export function searchForm(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.,;:()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "Budapest 11. ker." (KSH form) → "Budapest XI. kerület"; other names unchanged. */
export function displayName(officialName: string): string {
  const m = districtPattern.exec(officialName);
  if (!m) return officialName;
  return `Budapest ${romanNumerals[Number(m[1])]}. kerület`;
}

/** Every form a person may start typing: official, readable, Roman and Arabic district numbers. */
export function searchKeys(officialName: string): string[] {
  const keys = new Set<string>([searchForm(officialName), searchForm(displayName(officialName))]);
  const m = districtPattern.exec(officialName);
  if (m) {
    const n = Number(m[1]);
    keys.add(`budapest ${n} kerulet`);
    keys.add(`budapest ${romanNumerals[n]?.toLowerCase()} ker`);
    keys.add(`${romanNumerals[n]?.toLowerCase()} kerulet`);
    keys.add(`${n} kerulet`);
  }
  for (const k of [...keys]) if (k.includes('-')) keys.add(k.replace(/-/g, ' '));
  return [...keys];
}
