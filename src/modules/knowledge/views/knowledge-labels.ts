import type { MessageKey } from '../../../platform/i18n.js';
import type { KnowledgeAudience, KnowledgeCategory, KnowledgeKind, KnowledgeStatus } from '../schema.js';

export const categoryLabel = (c: KnowledgeCategory): MessageKey => `knowledge.category.${c}`;
export const audienceLabel = (a: KnowledgeAudience): MessageKey => `knowledge.audience.${a}`;
export const statusLabel = (s: KnowledgeStatus): MessageKey => `knowledge.status.${s}`;
export const kindLabel = (k: KnowledgeKind): MessageKey => `knowledge.kind.${k}`;
