import { count, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import { outbox } from '../../db/schema/index.js';
import type { OutboxSort } from './schema.js';

const listColumns = {
  id: outbox.id,
  toAddress: outbox.toAddress,
  subject: outbox.subject,
  createdAt: outbox.createdAt,
  sentAt: outbox.sentAt,
  attempts: outbox.attempts,
  lastError: outbox.lastError,
};

export type OutboxRow = { id: number; toAddress: string; subject: string; createdAt: Date; sentAt: Date | null; attempts: number; lastError: string | null };
/** One message for its page; of its attachments only the file names (the content is not shown). */
export type OutboxMessage = OutboxRow & { textBody: string; headers: Record<string, string>; attachmentNames: string[] };

function orderOf(sort: OutboxSort, dir: 'asc' | 'desc'): SQL[] {
  const d = sql.raw(dir);
  if (sort === 'to') return [sql`${outbox.toAddress} ${d}`, sql`${outbox.id} desc`];
  return [sql`${outbox.createdAt} ${d}`, sql`${outbox.id} ${d}`];
}

export async function findMessages(
  db: Queryable,
  order: { sort: OutboxSort; dir: 'asc' | 'desc' },
  page: { limit: number; offset: number },
): Promise<OutboxRow[]> {
  return db
    .select(listColumns)
    .from(outbox)
    .orderBy(...orderOf(order.sort, order.dir))
    .limit(page.limit)
    .offset(page.offset);
}

export async function countMessages(db: Queryable, onlyPending = false): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(outbox)
    .where(onlyPending ? isNull(outbox.sentAt) : undefined);
  return row?.n ?? 0;
}

export async function findMessage(db: Queryable, id: number): Promise<OutboxMessage | undefined> {
  const [row] = await db
    .select({ ...listColumns, textBody: outbox.textBody, headers: outbox.headers, attachments: outbox.attachments })
    .from(outbox)
    .where(eq(outbox.id, id));
  if (!row) return undefined;
  const { attachments, ...message } = row;
  return { ...message, attachmentNames: attachments.map((a) => a.filename) };
}
