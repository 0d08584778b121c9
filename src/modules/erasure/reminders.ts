import type { Database } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { requestDeadline } from './deadline.js';
import { remindAdminsOfDeadline } from './notify.js';
import { claimReminderCandidate, findRequestDetail, updateRequest } from './repo.js';

/**
 * A request's reminder is due a week before its deadline, so at least 21 Budapest days after it
 * arrived (the shortest month has 28 days). Only requests at least 19 days old are looked at (a day
 * and more to spare for the clock changes); the exact rule is requestDeadline's.
 */
const youngestPossiblyDueMs = 19 * 86_400_000;

/**
 * Mails the center admins once about every open request whose deadline is a week (or less) away.
 * One request per transaction: claimed FOR UPDATE SKIP LOCKED, its mails queued and
 * reminder_sent_at set together, so several processes never remind twice, and a crash leaves
 * nothing half done. Requests are taken oldest first, and the deadline grows with the request
 * time, so the first one not yet due ends the run. Returns the number of requests reminded of.
 */
export async function sendDeadlineReminders(db: Database, baseUrl: string, now = new Date(), batch = 100): Promise<number> {
  let reminded = 0;
  for (let i = 0; i < batch; i++) {
    const done = await db.transaction(async (tx) => {
      const request = await claimReminderCandidate(tx, new Date(now.getTime() - youngestPossiblyDueMs));
      if (!request) return true;
      const deadline = requestDeadline(request.requestedAt, now);
      if (!deadline.reminderDue) return true;
      const centerName = (await findRequestDetail(tx, request.id))?.centerName ?? null;
      const adminsNotified = await remindAdminsOfDeadline(tx, request, centerName, baseUrl, now);
      await updateRequest(tx, request.id, { reminderSentAt: now });
      await recordAudit(tx, {
        actorUserId: null,
        centerId: request.centerId,
        action: 'erasure_request.reminded',
        entityType: 'erasure_request',
        entityId: request.id,
        after: { kind: request.kind, deadlineDay: deadline.deadlineDay, daysLeft: deadline.daysLeft, adminsNotified },
      });
      reminded++;
      return false;
    });
    if (done) break;
  }
  return reminded;
}
