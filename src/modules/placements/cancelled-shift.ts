import { sql } from 'drizzle-orm';
import { type Queryable, queryRows } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { insertEvent } from './repo.js';
import { finalStatuses } from './status-rules.js';

/**
 * Stored on each timeline event: the reason is data, shown as written. It also marks the applications
 * the cancellation ended (calendar-repo.ts finds the cancelled shift's .ics by it), so keep it unchanged.
 */
export const shiftCancelledNote = 'A műszak elmaradt (a szervezet lemondta).';

/**
 * When a shift is cancelled, its open applications end as withdrawn and its seats are freed, so no
 * dashboard, calendar or seat count keeps a cancelled shift alive. Runs in the caller's transaction
 * (the cancellation itself), which then e-mails the volunteers, each seat holder with the cancelling
 * .ics that cancelledShiftMailCalendars finds by the timeline note written here.
 */
export async function releaseApplicationsOfCancelledShift(tx: Queryable, shiftId: string, actor: { userId: string; centerId: string }): Promise<number> {
  const closed = [...finalStatuses];
  const rows = await queryRows<{ id: string; status: string; holds_seat: boolean }>(
    tx,
    sql`select id, status, holds_seat from applications
        where shift_id = ${shiftId} and status not in (${sql.join(
          closed.map((s) => sql`${s}`),
          sql`, `,
        )})
        order by id for update`,
  );
  for (const row of rows) {
    await tx.execute(sql`update applications set status = 'withdrawn', holds_seat = false, updated_at = now() where id = ${row.id}`);
    await insertEvent(tx, { applicationId: row.id, fromStatus: row.status, toStatus: 'withdrawn', note: shiftCancelledNote, actorUserId: actor.userId });
    await recordAudit(tx, {
      actorUserId: actor.userId,
      centerId: actor.centerId,
      action: 'withdraw',
      entityType: 'application',
      entityId: row.id,
      before: { status: row.status, holdsSeat: row.holds_seat },
      after: { status: 'withdrawn', holdsSeat: false, reason: 'shift cancelled' },
    });
  }
  await tx.execute(sql`update shifts set seats_taken = 0 where id = ${shiftId}`);
  return rows.length;
}
