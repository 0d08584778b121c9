/**
 * Who may host public-interest volunteers: Köt. (2005. évi LXXXVIII. törvény) 3. § (1) a)–f),
 * as summarised in HUNGARY.md §1.2 (state of 2022-10-04; check against njt.hu before relying on
 * the details). `other` is not a Köt. host: it may still have volunteers, but without the Köt.
 * tax and contribution advantages (HUNGARY.md §1.2, last point).
 */
export const hostTypes = [
  // Köt. 3. § (1) a): local governments and their associations (public services, disaster management).
  { code: 'local_government', kot: true, hu: 'Helyi önkormányzat vagy önkormányzati társulás', en: 'Local government or association of local governments' },
  // Köt. 3. § (1) b): nationality (minority) self-governments, within their public tasks.
  { code: 'nationality_self_government', kot: true, hu: 'Nemzetiségi önkormányzat', en: 'Nationality self-government' },
  // Köt. 3. § (1) c): budgetary bodies, within their core activity.
  { code: 'budgetary_body', kot: true, hu: 'Költségvetési szerv', en: 'Budgetary body' },
  // Köt. 3. § (1) d): civil and public-benefit organisations seated in Hungary.
  { code: 'civil', kot: true, hu: 'Civil szervezet vagy közhasznú szervezet', en: 'Civil or public-benefit organisation' },
  // Köt. 3. § (1) e): church legal persons and religious associations seated in Hungary.
  { code: 'church', kot: true, hu: 'Egyházi jogi személy vagy vallási egyesület', en: 'Church legal person or religious association' },
  // Köt. 3. § (1) f): licensed providers of public services (social, health, education, culture …),
  // also for-profit ones, but only for those public services and related extra services.
  {
    code: 'licensed_provider',
    kot: true,
    hu: 'Engedéllyel működő közszolgáltató (pl. szociális, egészségügyi, köznevelési, kulturális intézmény)',
    en: 'Licensed public service provider (e.g. social, health, education, cultural institution)',
  },
  { code: 'other', kot: false, hu: 'Egyéb (nem a Köt. szerinti fogadó szervezet)', en: 'Other (not a host under the Köt.)' },
] as const;

export type HostType = (typeof hostTypes)[number]['code'];
export const hostTypeCodes = hostTypes.map((h) => h.code) as [HostType, ...HostType[]];

export function isHostType(code: string): code is HostType {
  return hostTypes.some((h) => h.code === code);
}

/** The label in the reader's language; an unknown code (old data) is shown as it is. */
export function hostTypeLabel(code: string, locale: 'hu' | 'en'): string {
  const type = hostTypes.find((h) => h.code === code);
  return type ? type[locale] : code;
}

/** Köt. 3. § (1) hosts may engage public-interest volunteers with the Köt.'s advantages; `other` may not. */
export function isKotHost(code: string): boolean {
  return hostTypes.some((h) => h.code === code && h.kot);
}
