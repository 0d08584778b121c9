/** Strings of the accounts feature. */
export const hu = {
  'accounts.title': 'accounts',
} as const;

export const en: Record<keyof typeof hu, string> = {
  'accounts.title': 'accounts',
};
