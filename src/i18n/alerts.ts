/** Strings of the alerts feature. */
export const hu = {
  'alerts.title': 'alerts',
} as const;

export const en: Record<keyof typeof hu, string> = {
  'alerts.title': 'alerts',
};
