import { eq, sql } from 'drizzle-orm';
import type { Database, Queryable } from '../../db/database.js';
import { ikszSchoolCaps } from '../../db/schema/index.js';
import { recordAudit } from '../../platform/audit.js';
import type { Actor } from '../../platform/authz.js';
import { schoolAccess } from './policy.js';
import type { CapKind, CapMode, CapsInput } from './schema.js';

/**
 * A school's own caps on top of the law (HUNGARY.md §2.1, issue 16): at most so many hours at the
 * school itself (`at_school`) or at any one host (`per_host`), each either warning or refusing when
 * an occasion is logged. The IKSZ log reads them through `loadSchoolCaps`.
 */
export type SchoolCap = { maxHours: number; mode: CapMode };
export type SchoolCaps = Partial<Record<CapKind, SchoolCap>>;

/** The school's caps; a kind without a row has no cap. */
export async function loadSchoolCaps(db: Queryable, schoolId: string): Promise<SchoolCaps> {
  const rows = await db.select().from(ikszSchoolCaps).where(eq(ikszSchoolCaps.schoolId, schoolId));
  const caps: SchoolCaps = {};
  for (const r of rows) caps[r.kind as CapKind] = { maxHours: r.maxHours, mode: r.mode as CapMode };
  return caps;
}

/** The settings page: the caps, for the coordinator only. */
export async function capsToEdit(db: Queryable, actor: Actor | null, schoolId: string): Promise<SchoolCaps> {
  await schoolAccess(db, actor, schoolId, 'manage');
  return loadSchoolCaps(db, schoolId);
}

export async function saveCaps(db: Database, actor: Actor | null, schoolId: string, input: CapsInput): Promise<void> {
  const access = await schoolAccess(db, actor, schoolId, 'manage');
  const wanted: [CapKind, number | undefined, CapMode][] = [
    ['at_school', input.atSchoolHours, input.atSchoolMode],
    ['per_host', input.perHostHours, input.perHostMode],
  ];
  await db.transaction(async (tx) => {
    const before = await loadSchoolCaps(tx, schoolId);
    for (const [kind, maxHours, mode] of wanted) {
      if (maxHours === undefined) {
        await tx.delete(ikszSchoolCaps).where(sql`${ikszSchoolCaps.schoolId} = ${schoolId} and ${ikszSchoolCaps.kind} = ${kind}`);
        continue;
      }
      await tx
        .insert(ikszSchoolCaps)
        .values({ schoolId, kind, maxHours, mode })
        .onConflictDoUpdate({ target: [ikszSchoolCaps.schoolId, ikszSchoolCaps.kind], set: { maxHours, mode, updatedAt: new Date() } });
    }
    await recordAudit(tx, {
      actorUserId: access.actor.userId,
      centerId: access.facts.centerId,
      action: 'schools.caps.update',
      entityType: 'iksz_school_caps',
      entityId: schoolId,
      before,
      after: await loadSchoolCaps(tx, schoolId),
    });
  });
}
