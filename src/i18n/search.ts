/** Strings of the search feature. */
export const hu = {
  'search.title': 'search',
} as const;

export const en: Record<keyof typeof hu, string> = {
  'search.title': 'search',
};
