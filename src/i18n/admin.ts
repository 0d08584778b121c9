/** Strings of the admin feature. */
export const hu = {
  'admin.title': 'admin',
} as const;

export const en: Record<keyof typeof hu, string> = {
  'admin.title': 'admin',
};
