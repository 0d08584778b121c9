/** Thematic programs (issue 16): iksz. */
export const hu = {};

export const en: Record<keyof typeof hu, string> = {};
