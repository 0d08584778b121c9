/** Strings of personal-data erasure: "te" to the volunteer, formal wording to center staff. */
export const hu = {
  'erasure.link.myVolunteering': 'Adataid törlésének kérése',
};

export const en: Record<keyof typeof hu, string> = {
  'erasure.link.myVolunteering': 'Ask for your data to be erased',
};
