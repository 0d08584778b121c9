/** Strings of the Köt. 14. § register (nyilvántartás) kept by host organizations: formal "Ön". */
export const hu = {
  'register.link.placement': 'Nyilvántartási adatok (Köt. 14. §)',
  'register.link.organization': 'Önkéntesek nyilvántartása (Köt. 14. §)',
};

export const en: Record<keyof typeof hu, string> = {
  'register.link.placement': 'Register data (Köt. 14. §)',
  'register.link.organization': 'Register of volunteers (Köt. 14. §)',
};
