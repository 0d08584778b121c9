/** Strings of the places feature. */
export const hu = {
  'places.title': 'places',
} as const;

export const en: Record<keyof typeof hu, string> = {
  'places.title': 'places',
};
