import type { MessageKey } from '../../../platform/i18n.js';
import type { KnowledgeAudience, KnowledgeCategory } from '../schema.js';

export const categoryLabel = (c: KnowledgeCategory): MessageKey => `knowledge.category.${c}`;
export const audienceLabel = (a: KnowledgeAudience): MessageKey => `knowledge.audience.${a}`;
