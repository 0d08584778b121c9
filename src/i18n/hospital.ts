/** Thematic programs (issue 16): hospital. */
export const hu = {};

export const en: Record<keyof typeof hu, string> = {};
