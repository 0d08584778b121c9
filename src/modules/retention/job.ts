import type { Config } from '../../config.js';
import type { Database, Tx } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { enqueueMail } from '../../platform/mail.js';
import { anonymiseAccount } from '../erasure/account-anonymiser.js';
import { anonymiseVolunteer } from '../erasure/anonymiser.js';
import { finalStatuses } from '../placements/service.js';
import { decide, mayBeDueCutoff, projectedAnonymisation } from './decision.js';
import { candidateIds, deleteNotice, lockSubject, recordFirstWarning, recordSecondWarning, type SubjectKind, type SubjectRow, subjectFacts } from './repo.js';
import { inactivityWarningMail } from './warning-mail.js';

export type RetentionRunResult = { checked: number; firstWarnings: number; secondWarnings: number; anonymised: number; skipped: number };

type JobConfig = Pick<Config, 'baseUrl' | 'inactiveAccountYears'>;
type Outcome = 'none' | 'busy' | 'skipped' | 'warn1' | 'warn2' | 'anonymised';

/** Candidates read per query; each person is then handled in a transaction of their own. */
const defaultBatchSize = 200;
const closedStatuses = [...finalStatuses];

/**
 * The inactive-account job (GDPR Art. 5 (1) e): warns people who have been inactive for almost
 * INACTIVE_ACCOUNT_YEARS years, twice, then anonymises them as an erasure would (the Köt. 14. §
 * register entries are kept). One transaction per person: the row is locked SKIP LOCKED, the facts
 * are read again under the lock and the rule (inactivity-rule.ts) decides, so two processes running
 * this at once, or a run repeated, never send a warning twice. The mail goes through the outbox in
 * the same transaction as the notice and the audit entry (ids, dates and counts, nothing personal).
 */
export async function runInactivityRetention(
  db: Database,
  config: JobConfig,
  now: Date = new Date(),
  { batchSize = defaultBatchSize }: { batchSize?: number } = {},
): Promise<RetentionRunResult> {
  const result: RetentionRunResult = { checked: 0, firstWarnings: 0, secondWarnings: 0, anonymised: 0, skipped: 0 };
  const years = config.inactiveAccountYears;
  if (!years) return result;
  const cutoff = mayBeDueCutoff(now, years);
  for (const kind of ['volunteer', 'account'] as const) {
    let afterId: string | null = null;
    for (;;) {
      const ids: string[] = await candidateIds(db, kind, cutoff, afterId, batchSize);
      for (const id of ids) {
        const outcome = await db.transaction((tx) => handleOne(tx, config, years, kind, id, now));
        result.checked++;
        if (outcome === 'warn1') result.firstWarnings++;
        if (outcome === 'warn2') result.secondWarnings++;
        if (outcome === 'anonymised') result.anonymised++;
        if (outcome === 'skipped') result.skipped++;
      }
      afterId = ids.at(-1) ?? afterId;
      if (ids.length < batchSize) break;
    }
  }
  return result;
}

async function handleOne(tx: Tx, config: JobConfig, years: number, kind: SubjectKind, id: string, now: Date): Promise<Outcome> {
  if (!(await lockSubject(tx, kind, id))) return 'busy';
  const row = await subjectFacts(tx, kind, id, closedStatuses);
  if (!row) return 'none';
  const decision = decide(row, years, now);
  if (decision.step === 'none') return 'none';
  if (decision.skip) return 'skipped';
  const entityType = kind === 'volunteer' ? 'volunteer' : 'user';
  if (decision.step === 'anonymise') {
    const counts = kind === 'volunteer' ? await anonymiseVolunteer(tx, id, now) : await anonymiseAccount(tx, id, now);
    await deleteNotice(tx, kind, id);
    await recordAudit(tx, {
      actorUserId: null,
      centerId: row.center_id,
      action: 'retention.anonymised',
      entityType,
      entityId: id,
      after: { volunteerId: kind === 'volunteer' ? id : null, userId: row.user_id, erasedAt: now.toISOString(), counts },
    });
    return 'anonymised';
  }
  return warn(tx, config, years, row, decision.step, projectedAnonymisation(decision, years, now), now);
}

async function warn(tx: Tx, config: JobConfig, years: number, row: SubjectRow, step: 'warn1' | 'warn2', anonymiseAt: Date, now: Date): Promise<Outcome> {
  // The rule never asks to warn someone without an address (reachable = has an e-mail).
  if (!row.email) return 'none';
  const warning = step === 'warn1' ? 1 : 2;
  await enqueueMail(
    tx,
    inactivityWarningMail({
      to: row.email,
      locale: row.locale,
      givenName: row.given_name,
      warning,
      lastActiveAt: new Date(row.last_active_at),
      anonymiseAt,
      years,
      hasLogin: row.user_id != null,
      centerName: row.center_name,
      baseUrl: config.baseUrl,
    }),
  );
  if (step === 'warn1') await recordFirstWarning(tx, row.kind, row.id, now);
  else await recordSecondWarning(tx, row.kind, row.id, now);
  await recordAudit(tx, {
    actorUserId: null,
    centerId: row.center_id,
    action: 'retention.warned',
    entityType: row.kind === 'volunteer' ? 'volunteer' : 'user',
    entityId: row.id,
    after: { warning, anonymiseAt: anonymiseAt.toISOString() },
  });
  return step;
}
