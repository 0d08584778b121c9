/** Strings of the volunteers feature. */
export const hu = {
  'volunteers.title': 'volunteers',
} as const;

export const en: Record<keyof typeof hu, string> = {
  'volunteers.title': 'volunteers',
};
