import type { Database } from '../../db/database.js';
import { exchangeMeetingActions, exchangeMeetingOrganizations, exchangeMeetings } from '../../db/schema/index.js';
import type { FixtureBase } from '../../test-support/fixture-base.js';

/**
 * Path fixtures of this module for the route matrix and hostile-input tests: exchangeMeetingId (a
 * meeting of center A held yesterday, the fixture organization invited and attending) and followUpId
 * (an open follow-up of that meeting for the organization, due yesterday: overdue).
 */
export async function createExchangeMeetingFixtures(db: Database, base: FixtureBase): Promise<Record<string, string>> {
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  const [meeting] = await db
    .insert(exchangeMeetings)
    .values({ centerId: base.centerId, heldOn: yesterday, theme: 'Fixture tapasztalatcsere', place: 'Kecskemét', notes: 'Fixture jegyzet' })
    .returning({ id: exchangeMeetings.id });
  if (!meeting) throw new Error('fixture exchange meeting missing');
  await db.insert(exchangeMeetingOrganizations).values({ meetingId: meeting.id, organizationId: base.organizationId, attended: true });
  const [followUp] = await db
    .insert(exchangeMeetingActions)
    .values({ meetingId: meeting.id, description: 'Fixture teendő', organizationId: base.organizationId, dueOn: yesterday })
    .returning({ id: exchangeMeetingActions.id });
  if (!followUp) throw new Error('fixture follow-up missing');
  return { exchangeMeetingId: meeting.id, followUpId: followUp.id };
}
