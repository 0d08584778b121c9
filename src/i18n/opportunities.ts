/** Strings of the opportunities feature. */
export const hu = {
  'opportunities.title': 'opportunities',
} as const;

export const en: Record<keyof typeof hu, string> = {
  'opportunities.title': 'opportunities',
};
