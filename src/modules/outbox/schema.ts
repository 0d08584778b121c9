import { z } from 'zod';
import { NotFoundError } from '../../platform/errors.js';

export const outboxSorts = ['created', 'to'] as const;
export type OutboxSort = (typeof outboxSorts)[number];

/** `:messageId` from the path: a positive integer (404 otherwise, not a database error). */
export function messageIdParam(params: unknown): number {
  const parsed = z.object({ messageId: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER) }).safeParse(params);
  if (!parsed.success) throw new NotFoundError('message');
  return parsed.data.messageId;
}
