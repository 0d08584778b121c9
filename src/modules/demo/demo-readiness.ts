import { and, asc, eq, ne } from 'drizzle-orm';
import type { Tx } from '../../db/database.js';
import {
  exchangeMeetingActions,
  exchangeMeetingOrganizations,
  exchangeMeetings,
  organizationMembers,
  organizationReadiness,
  organizations,
} from '../../db/schema/index.js';
import { addDays, budapestDay } from '../../platform/budapest-time.js';
import type { ReadinessAnswer, ReadinessArea } from '../readiness/areas.js';
import { gapsOf } from '../readiness/gaps.js';
import type { DemoUser } from './brokering-seed.js';
import { daysAgo } from './demo-clock.js';

type Answers = Record<ReadinessArea, ReadinessAnswer>;
const ready: Answers = { coordinator: 'yes', induction: 'yes', insurance: 'yes', contract: 'yes', register: 'yes', supervision: 'yes', recognition: 'yes' };

/**
 * The readiness and experience-exchange part of the demo (issue 14), all fictional: the demo
 * organization account's own organization filled in the self-assessment with gaps (so its page
 * recommends courses), a few other organizations too (one a year ago, so it is due again), most
 * not at all; a past meeting with attendance and follow-ups (one overdue, for the coordinator's
 * next step, one done) and an upcoming meeting with its invitations. Runs inside the demo seed's
 * transaction.
 */
export async function seedReadinessDemo(tx: Tx, input: { centerId: string; now: Date; usersByEmail: Map<string, DemoUser> }): Promise<void> {
  const { now } = input;
  const userId = (email: string) => {
    const found = input.usersByEmail.get(email);
    if (!found) throw new Error(`demo account missing: ${email}`);
    return found.id;
  };
  const organizationAdminUserId = userId('szervezet@kapocs.example');
  const coordinatorUserId = userId('koordinator@kapocs.example');
  const [own] = await tx
    .select({ id: organizationMembers.organizationId })
    .from(organizationMembers)
    .where(eq(organizationMembers.userId, organizationAdminUserId));
  if (!own) throw new Error('demo organization missing');
  const others = await tx
    .select({ id: organizations.id })
    .from(organizations)
    .where(and(eq(organizations.centerId, input.centerId), eq(organizations.status, 'approved'), ne(organizations.id, own.id)))
    .orderBy(asc(organizations.createdAt), asc(organizations.id))
    .limit(6);
  if (others.length < 6) throw new Error('too few approved demo organizations');
  const [a, b, c, d, e, f] = others.map((o) => o.id) as [string, string, string, string, string, string];

  const assessments: { organizationId: string; answers: Answers; days: number }[] = [
    { organizationId: own.id, answers: { ...ready, coordinator: 'partly', insurance: 'no', supervision: 'no' }, days: 20 },
    { organizationId: a, answers: ready, days: 45 },
    { organizationId: b, answers: { ...ready, recognition: 'no', induction: 'partly' }, days: 12 },
    { organizationId: c, answers: { ...ready, contract: 'partly', register: 'no' }, days: 400 },
  ];
  await tx.insert(organizationReadiness).values(
    assessments.map((x) => ({
      organizationId: x.organizationId,
      answers: x.answers,
      gaps: gapsOf(x.answers),
      submittedAt: daysAgo(now, x.days),
      submittedBy: x.organizationId === own.id ? organizationAdminUserId : null,
    })),
  );

  const today = budapestDay(now);
  const [past, upcoming] = await tx
    .insert(exchangeMeetings)
    .values([
      {
        centerId: input.centerId,
        heldOn: addDays(today, -30),
        theme: 'Önkéntesek megtartása és elismerése',
        place: 'Kecskemét, Példa utca 1. (az önkéntes központ nagyterme)',
        notes:
          'A szervezetek bemutatták, hogyan köszönik meg az önkéntesek munkáját.\nTöbben jelezték, hogy nincs írásbeli szerződésmintájuk; a központ megosztja a sajátját.',
        createdBy: coordinatorUserId,
        createdAt: daysAgo(now, 45),
      },
      {
        centerId: input.centerId,
        heldOn: addDays(today, 21),
        theme: 'Felkészítés és mentorálás a gyakorlatban',
        place: 'Kiskunfélegyháza, Próba utca 3.',
        createdBy: coordinatorUserId,
      },
    ])
    .returning({ id: exchangeMeetings.id });
  if (!past || !upcoming) throw new Error('demo meetings missing');
  await tx.insert(exchangeMeetingOrganizations).values([
    { meetingId: past.id, organizationId: own.id, attended: true },
    { meetingId: past.id, organizationId: a, attended: true },
    { meetingId: past.id, organizationId: b, attended: true },
    { meetingId: past.id, organizationId: d, attended: false },
    { meetingId: past.id, organizationId: e, attended: false },
    { meetingId: upcoming.id, organizationId: own.id },
    { meetingId: upcoming.id, organizationId: c },
    { meetingId: upcoming.id, organizationId: f },
  ]);
  await tx.insert(exchangeMeetingActions).values([
    // Overdue: the coordinator's dashboard asks about it.
    { meetingId: past.id, description: 'Az írásbeli önkéntes szerződés mintájának átnézése és bevezetése', organizationId: own.id, dueOn: addDays(today, -10) },
    { meetingId: past.id, description: 'Elismerési ötlettár összeállítása és megosztása a szervezetekkel', dueOn: addDays(today, -7), doneAt: daysAgo(now, 8) },
    { meetingId: past.id, description: 'Önkéntes-koordinátor kijelölése', organizationId: b, dueOn: addDays(today, 20) },
  ]);
}
