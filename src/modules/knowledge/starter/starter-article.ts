import type { NewArticle } from '../schema.js';

/** A national article the knowledge base starts with, written for Kapocs from HUNGARY.md's sources. */
export type StarterArticle = Omit<NewArticle, 'lastCheckedOn' | 'reviewerUserId'>;
