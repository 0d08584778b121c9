import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { auditLog } from '../../db/schema/index.js';

/** The audit entries about one data request, oldest first. */
export function erasureAuditOf(db: Database, requestId: string) {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'erasure_request'), eq(auditLog.entityId, requestId)))
    .orderBy(auditLog.id);
}
