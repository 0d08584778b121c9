/** Thematic programs (issue 16): event-day. */
export const hu = {};

export const en: Record<keyof typeof hu, string> = {};
