import type { Queryable } from '../db/database.js';
import { auditLog } from '../db/schema/index.js';

/** Fields never written to the audit trail. */
const secretFields = new Set(['passwordHash', 'password_hash', 'password', 'tokenHash', 'token_hash']);

function redact(value: unknown): unknown {
  if (value == null || typeof value !== 'object') return value ?? null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(redact);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = secretFields.has(k) ? '[redacted]' : redact(v);
  return out;
}

export type AuditEntry = {
  actorUserId: string | null;
  centerId?: string | null;
  action: string;
  entityType: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
};

/** Records one write. Call it inside the same transaction as the write, so both or neither land. */
export async function recordAudit(db: Queryable, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorUserId: entry.actorUserId,
    centerId: entry.centerId ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId == null ? null : String(entry.entityId),
    before: entry.before === undefined ? null : redact(entry.before),
    after: entry.after === undefined ? null : redact(entry.after),
  });
}
