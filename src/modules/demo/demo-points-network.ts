import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/database.js';
import { places, pointConsultationActions, pointConsultations, pointSetupItems, pointStatusEvents, points } from '../../db/schema/index.js';
import { addDays, budapestDay } from '../../platform/budapest-time.js';
import { hungarianSortKey } from '../../platform/hungarian-sort-key.js';
import { setupItems } from '../points/lifecycle-rules.js';

/** Host, contact and opening hours of the demo center's active points, in the order they were seeded. */
const activeDetails = [
  { hostInstitution: 'Katona József Könyvtár', hostKind: 'library', contactName: 'Tóth Réka', openingHours: 'Hétfő–csütörtök 10–16' },
  { hostInstitution: 'Petőfi Sándor Művelődési Központ', hostKind: 'community_house', contactName: 'Vass Ibolya', openingHours: 'Kedd és csütörtök 14–18' },
  { hostInstitution: 'Bajai Civil Ház', hostKind: 'ngo', contactName: 'Sipos Márton', openingHours: 'Szerda 9–13, péntek 13–17' },
];

/** Two points on their way: a candidate being scouted and one being set up (half its checklist done). */
const newPoints = [
  {
    name: 'Kalocsai Önkéntes Pont',
    settlement: 'Kalocsa',
    hostInstitution: 'Kalocsai Városi Könyvtár',
    hostKind: 'library',
    contactName: 'Molnár Edit',
    status: 'candidate',
    path: ['candidate'],
  },
  {
    name: 'Kiskőrösi Önkéntes Pont',
    settlement: 'Kiskőrös',
    hostInstitution: 'Kiskőrösi Ifjúsági Ház',
    hostKind: 'community_house',
    contactName: 'Farkas Bence',
    status: 'setting_up',
    path: ['candidate', 'agreement', 'setting_up'],
  },
] as const;

/**
 * The demo center's point network (issue 15): the seeded points become active with opening hours
 * and a dated history, a candidate and a point being set up are added, and consulting entries with
 * one overdue agreed action show on the coordinator's dashboard.
 */
export async function seedPointsNetworkDemo(tx: Tx, demo: { centerId: string; county: string; pointIds: string[]; now: Date; coordinatorUserId: string }) {
  const today = budapestDay(demo.now);
  const day = (n: number) => addDays(today, n);
  for (const [i, pointId] of demo.pointIds.entries()) {
    const details = activeDetails[i];
    if (!details) continue;
    await tx.update(points).set(details).where(eq(points.id, pointId));
    const steps = ['candidate', 'agreement', 'setting_up', 'active'];
    await tx.insert(pointStatusEvents).values(
      steps.map((to, s) => ({
        pointId,
        fromStatus: steps[s - 1] ?? null,
        toStatus: to,
        on: day(-400 + i * 30 + s * 20),
        actorUserId: demo.coordinatorUserId,
      })),
    );
    await tx.insert(pointSetupItems).values(setupItems.map((item) => ({ pointId, item, doneOn: day(-350 + i * 30) })));
  }
  for (const p of newPoints) {
    const [place] = await tx
      .select({ id: places.id })
      .from(places)
      .where(and(eq(places.name, p.settlement), eq(places.county, demo.county)));
    if (!place) throw new Error(`Demo settlement missing from places: ${p.settlement}`);
    const [row] = await tx
      .insert(points)
      .values({
        centerId: demo.centerId,
        name: p.name,
        sortKey: hungarianSortKey(p.name),
        placeId: place.id,
        status: p.status,
        hostInstitution: p.hostInstitution,
        hostKind: p.hostKind,
        contactName: p.contactName,
        notes: 'A település lefedetlen volt; az intézmény vezetője nyitott az együttműködésre.',
        statusChangedAt: demo.now,
      })
      .returning({ id: points.id });
    if (!row) throw new Error('demo point insert failed');
    await tx.insert(pointStatusEvents).values(
      p.path.map((to, s) => ({
        pointId: row.id,
        fromStatus: p.path[s - 1] ?? null,
        toStatus: to,
        on: day(-40 + s * 12),
        actorUserId: demo.coordinatorUserId,
      })),
    );
    if (p.status === 'setting_up') {
      await tx.insert(pointSetupItems).values([
        { pointId: row.id, item: 'coordinator_trained', doneOn: day(-10) },
        { pointId: row.id, item: 'place', doneOn: day(-8) },
      ]);
    }
  }
  const [first] = demo.pointIds;
  if (!first) return;
  const consult = async (heldOn: string, kind: string, topics: string, actions: { description: string; dueOn: string; done?: boolean }[]) => {
    const [c] = await tx
      .insert(pointConsultations)
      .values({ pointId: first, centerId: demo.centerId, heldOn, kind, topics, createdBy: demo.coordinatorUserId })
      .returning({ id: pointConsultations.id });
    if (!c) throw new Error('demo consultation insert failed');
    for (const a of actions) {
      await tx.insert(pointConsultationActions).values({
        consultationId: c.id,
        pointId: first,
        centerId: demo.centerId,
        description: a.description,
        dueOn: a.dueOn,
        doneAt: a.done ? demo.now : null,
      });
    }
  };
  await consult(day(-45), 'visit', 'Nyitvatartás, önkéntesek fogadása, plakátok', [
    { description: 'Plakátok kihelyezése a könyvtárban', dueOn: day(-30), done: true },
  ]);
  await consult(day(-14), 'call', 'Új fogadó szervezetek a városban', [
    { description: 'Két sportegyesület megkeresése', dueOn: day(-3) },
    { description: 'Beszámoló a negyedéves forgalomról', dueOn: day(20) },
  ]);
}
