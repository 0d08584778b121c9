/** Strings of the placements feature. */
export const hu = {
  'placements.title': 'placements',
} as const;

export const en: Record<keyof typeof hu, string> = {
  'placements.title': 'placements',
};
