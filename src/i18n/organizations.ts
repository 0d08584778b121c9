/** Strings of the organizations feature. */
export const hu = {
  'organizations.title': 'organizations',
} as const;

export const en: Record<keyof typeof hu, string> = {
  'organizations.title': 'organizations',
};
