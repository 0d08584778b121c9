/** Thematic programs (issue 16): corporate. */
export const hu = {};

export const en: Record<keyof typeof hu, string> = {};
