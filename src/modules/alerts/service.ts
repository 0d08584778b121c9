import type { Config } from '../../config.js';
import type { Database } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { enqueueMail } from '../../platform/mail.js';
import { ageOn } from '../volunteers/service.js';
import { type AlertFrequency, firstDigestLookback, periodStart } from './alert-periods.js';
import { digestListLimit, digestMail } from './digest-mail.js';
import { claimDueVolunteers, findSubscription, fittingNewOpportunities, markDigestSent, turnAlertsOff } from './repo.js';
import { unsubscribeUrl, volunteerIdFromToken } from './unsubscribe-token.js';

export { unsubscribeToken, unsubscribeUrl, volunteerIdFromToken } from './unsubscribe-token.js';

export type DigestRunResult = { volunteersChecked: number; digestsSent: number };

/** Volunteers claimed per transaction: small enough to keep locks short, big enough to be quick. */
const defaultBatchSize = 100;

/**
 * Sends the due opportunity digests (daily / weekly, the volunteer's choice). Each batch is
 * claimed, mailed (through the outbox, in the same transaction) and marked sent atomically, so
 * a crash sends nothing twice and two processes running this at once split the work between
 * them (see claimDueVolunteers). A volunteer with nothing new is marked too: the next digest
 * then covers only what comes after.
 */
export async function runAlertDigests(
  db: Database,
  config: Pick<Config, 'baseUrl' | 'secretKey'>,
  now: Date = new Date(),
  { batchSize = defaultBatchSize }: { batchSize?: number } = {},
): Promise<DigestRunResult> {
  const bounds = { dayStart: periodStart('daily', now), weekStart: periodStart('weekly', now) };
  const result: DigestRunResult = { volunteersChecked: 0, digestsSent: 0 };
  let afterId: string | null = null;
  for (;;) {
    const claimed: number = await db.transaction(async (tx) => {
      const due = await claimDueVolunteers(tx, bounds, batchSize, afterId);
      afterId = due.at(-1)?.id ?? afterId;
      for (const v of due) {
        const frequency: AlertFrequency = v.alert_frequency;
        const since = v.alerts_sent_at ? new Date(v.alerts_sent_at) : new Date(now.getTime() - firstDigestLookback(frequency));
        const age = v.birth_date ? ageOn(v.birth_date, now) : null;
        const found = await fittingNewOpportunities(tx, v.id, { since, until: now }, age, digestListLimit + 1);
        await markDigestSent(tx, v.id, now);
        if (found.length === 0) continue;
        const listed = found.slice(0, digestListLimit);
        await enqueueMail(
          tx,
          digestMail({
            to: v.email,
            locale: v.locale,
            givenName: v.given_name,
            frequency,
            opportunities: listed,
            moreCount: found.length - listed.length,
            baseUrl: config.baseUrl,
            unsubscribeUrl: unsubscribeUrl(config.baseUrl, config.secretKey, v.id),
          }),
        );
        await recordAudit(tx, {
          actorUserId: null,
          centerId: v.center_id,
          action: 'alerts.digest_sent',
          entityType: 'volunteer',
          entityId: v.id,
          after: { frequency, opportunityIds: listed.map((o) => o.id), since: since.toISOString() },
        });
        result.digestsSent++;
      }
      return due.length;
    });
    result.volunteersChecked += claimed;
    if (claimed < batchSize) return result;
  }
}

export type UnsubscribeState = { volunteerId: string; subscribed: boolean };

/** Whom a link is for and whether they still get alerts; null for a forged or stale link. */
export async function unsubscribeStateForToken(db: Database, secretKey: string, token: unknown): Promise<UnsubscribeState | null> {
  const volunteerId = volunteerIdFromToken(secretKey, token);
  if (!volunteerId) return null;
  const row = await findSubscription(db, volunteerId);
  return row ? { volunteerId, subscribed: row.alert_frequency !== 'none' } : null;
}

/**
 * One-click unsubscribe: the signed token is the authorization (no login: the link comes from a
 * mail). Returns false for a forged token or a deleted volunteer. Idempotent.
 */
export async function unsubscribeWithToken(db: Database, secretKey: string, token: unknown): Promise<boolean> {
  const volunteerId = volunteerIdFromToken(secretKey, token);
  if (!volunteerId) return false;
  return db.transaction(async (tx) => {
    const before = await turnAlertsOff(tx, volunteerId);
    if (!before) return false;
    if (before.alert_frequency !== 'none') {
      await recordAudit(tx, {
        actorUserId: null,
        centerId: before.center_id,
        action: 'alerts.unsubscribe',
        entityType: 'volunteer',
        entityId: volunteerId,
        before: { alertFrequency: before.alert_frequency },
        after: { alertFrequency: 'none' },
      });
    }
    return true;
  });
}
