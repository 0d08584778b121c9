import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/database.js';
import { guardianLinks } from '../../db/schema/index.js';
import { formatPersonName } from '../../platform/i18n.js';
import type { DemoUser } from './brokering-seed.js';

const day = 86_400_000;

/**
 * The demo guardian at work: linked (confirmed) to one demo minor under 16 whose consent is still
 * missing, so the guardian's page shows a child, their applications and the consent to give.
 */
export async function seedGuardianDemo(tx: Tx, input: { guardian: DemoUser; coordinatorUserId: string; now: Date }): Promise<void> {
  const [minor] = await queryRows<{ id: string }>(
    tx,
    sql`select id from volunteers
        where birth_date > ${input.now}::date - interval '16 years' and guardian_consent_at is null and user_id is null
        order by sort_key collate "C", id limit 1`,
  );
  if (!minor) return;
  const { guardian, now } = input;
  await tx.execute(
    sql`update volunteers set guardian_name = ${formatPersonName(guardian.familyName, guardian.givenName)}, guardian_email = ${guardian.email}
        where id = ${minor.id}`,
  );
  await tx.insert(guardianLinks).values({
    volunteerId: minor.id,
    guardianUserId: guardian.id,
    invitedEmail: guardian.email,
    invitedBy: input.coordinatorUserId,
    invitedAt: new Date(now.getTime() - 3 * day),
    expiresAt: new Date(now.getTime() + 11 * day),
    confirmedAt: new Date(now.getTime() - 2 * day),
  });
}
