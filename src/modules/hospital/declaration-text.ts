/**
 * The confidentiality declaration of a hospital program (patients' rights, Eütv. 1997. évi CLIV.
 * törvény; HUNGARY.md §4): the program's editable template with its placeholders filled in. Formal
 * Hungarian, as a legal document. The placeholders (also accepted in English):
 * {{nev}} the volunteer's name (family name first), {{szuletesi_datum}} the birth date,
 * {{program}} the program, {{kozpont}} the center, {{datum}} the day the PDF is made.
 */
export const declarationPlaceholders = {
  nev: ['nev', 'volunteer_name'],
  szuletesi_datum: ['szuletesi_datum', 'birth_date'],
  program: ['program', 'program_name'],
  kozpont: ['kozpont', 'center'],
  datum: ['datum', 'date'],
} as const;

export type DeclarationValues = { [K in keyof typeof declarationPlaceholders]: string };

/** Used when the program has no template of its own yet. */
export const defaultDeclarationTemplate = [
  'Alulírott {{nev}} (születési dátum: {{szuletesi_datum}}) a(z) {{kozpont}} által szervezett „{{program}}” program önkénteseként kijelentem, hogy az önkéntes tevékenységem során tudomásomra jutott minden egészségügyi és személyes adatot, valamint a betegekre, hozzátartozóikra és az intézmény működésére vonatkozó minden információt bizalmasan kezelek, azokat harmadik személlyel nem közlöm, és semmilyen formában nem rögzítem.',
  'Tudomásul veszem, hogy a titoktartási kötelezettség az önkéntes tevékenység befejezése után is fennáll, és megszegése jogi következményekkel járhat (az egészségügyről szóló 1997. évi CLIV. törvény betegjogi rendelkezései).',
  'Kelt: {{datum}}',
].join('\n\n');

/** The template with every known placeholder replaced; unknown ones are left as written. */
export function fillDeclaration(template: string | null, values: DeclarationValues): string {
  const text = template?.trim() ? template : defaultDeclarationTemplate;
  const byName = new Map<string, string>();
  for (const [key, names] of Object.entries(declarationPlaceholders) as [keyof DeclarationValues, readonly string[]][]) {
    for (const name of names) byName.set(name, values[key]);
  }
  return text.replace(/\{\{\s*([a-z_]+)\s*\}\}/gi, (whole, name: string) => byName.get(name.toLowerCase()) ?? whole);
}

/** The filled text as paragraphs (blank lines separate them). */
export function declarationParagraphs(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.replace(/\s*\r?\n\s*/g, ' ').trim())
    .filter(Boolean);
}
