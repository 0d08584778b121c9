/** Strings of the matching feature. */
export const hu = {
  'matching.title': 'matching',
} as const;

export const en: Record<keyof typeof hu, string> = {
  'matching.title': 'matching',
};
