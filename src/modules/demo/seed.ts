import { eq, inArray, sql } from 'drizzle-orm';
import type { SeedDemoMode } from '../../config.js';
import { type Database, queryRows } from '../../db/database.js';
import { annualReports, appMeta, centers, places, points, roleGrants, users } from '../../db/schema/index.js';
import { budapestDay } from '../../platform/budapest-time.js';
import { hungarianSortKey } from '../../platform/hungarian-sort-key.js';
import { hashPassword } from '../../platform/passwords.js';
import { type DemoUser, seedBrokeringDemo } from './brokering-seed.js';
import { demoAccounts, demoPassword } from './demo-accounts.js';
import { seedAdvocacyDemo } from './demo-advocacy.js';
import { seedCompaniesDemo } from './demo-companies.js';
import { seedEventDayDemo } from './demo-event-day.js';
import { seedEvidenceDemo } from './demo-evidence.js';
import { seedHospitalDemo } from './demo-hospital.js';
import { seedIkszDemo } from './demo-iksz.js';
import { seedInquiriesDemo } from './demo-inquiries.js';
import { seedPointsNetworkDemo } from './demo-points-network.js';
import { seedProgramsDemo } from './demo-programs.js';
import { seedReadinessDemo } from './demo-readiness.js';
import { seedSchoolsDemo } from './demo-schools.js';
import { seedTrainingsDemo } from './demo-trainings.js';

const seededKey = 'demo_seeded_at';

export const demoCenter = {
  name: 'Példa Vármegyei Önkéntes Központ',
  county: 'Bács-Kiskun',
  seat: 'Kecskemét',
  address: 'Példa utca 1.',
  email: 'kozpont@kapocs.example',
  phone: '+36 76 000 0000',
};

/** Three Volunteer Points in real settlements of the demo county. */
export const demoPoints = [
  { name: 'Kecskeméti Önkéntes Pont', settlement: 'Kecskemét', address: 'Minta tér 2.' },
  { name: 'Kiskunfélegyházi Önkéntes Pont', settlement: 'Kiskunfélegyháza', address: 'Próba utca 3.' },
  { name: 'Bajai Önkéntes Pont', settlement: 'Baja', address: 'Gyakorló köz 4.' },
];

export async function isDemoSeeded(db: Database): Promise<boolean> {
  const rows = await db.select().from(appMeta).where(eq(appMeta.key, seededKey));
  return rows.length > 0;
}

/**
 * Whether this start loads the demo data: never; always when it is not loaded yet; auto only into a
 * database that has no users yet, so a real install whose SEED_DEMO was left unset never gets demo
 * accounts beside its real ones.
 */
export async function wantsDemoData(db: Database, mode: SeedDemoMode): Promise<boolean> {
  if (mode === 'never' || (await isDemoSeeded(db))) return false;
  if (mode === 'always') return true;
  const [row] = await queryRows<{ any: boolean }>(db, sql`select exists (select 1 from ${users}) as any`);
  return !row?.any;
}

/**
 * Loads the fictional demo data once. Everything, including the "seeded" marker, is one
 * transaction: a start killed half-way seeds again next time, and a second start never re-seeds.
 */
export async function seedDemoData(db: Database): Promise<boolean> {
  if (await isDemoSeeded(db)) return false;
  const passwordHash = await hashPassword(demoPassword);
  await db.transaction(async (tx) => {
    const settlementNames = [demoCenter.seat, ...demoPoints.map((p) => p.settlement)];
    const placeRows = await tx.select({ id: places.id, name: places.name, county: places.county }).from(places).where(inArray(places.name, settlementNames));
    const placeId = (name: string) => {
      const row = placeRows.find((p) => p.name === name && p.county === demoCenter.county);
      if (!row) throw new Error(`Demo settlement missing from places: ${name}`);
      return row.id;
    };
    const [center] = await tx
      .insert(centers)
      .values({
        name: demoCenter.name,
        sortKey: hungarianSortKey(demoCenter.name),
        county: demoCenter.county,
        placeId: placeId(demoCenter.seat),
        address: demoCenter.address,
        email: demoCenter.email,
        phone: demoCenter.phone,
      })
      .returning();
    if (!center) throw new Error('center insert failed');
    const pointRows = await tx
      .insert(points)
      .values(
        demoPoints.map((p) => ({
          centerId: center.id,
          name: p.name,
          sortKey: hungarianSortKey(p.name),
          placeId: placeId(p.settlement),
          address: p.address,
        })),
      )
      .returning();
    const firstPoint = pointRows[0];
    if (!firstPoint) throw new Error('point insert failed');
    const usersByEmail = new Map<string, DemoUser>();
    for (const account of demoAccounts) {
      const [user] = await tx
        .insert(users)
        .values({
          email: account.email,
          passwordHash,
          familyName: account.familyName,
          givenName: account.givenName,
          sortKey: hungarianSortKey(`${account.familyName} ${account.givenName}`),
          signupKind: account.role === 'org_staff' ? 'organization' : 'volunteer',
          emailConfirmedAt: new Date(),
        })
        .returning();
      if (!user) throw new Error('user insert failed');
      usersByEmail.set(user.email, { id: user.id, email: user.email, familyName: user.familyName, givenName: user.givenName });
      await tx.insert(roleGrants).values({
        userId: user.id,
        role: account.role,
        centerId: account.tenant === 'none' ? null : center.id,
        pointId: account.tenant === 'point' ? firstPoint.id : null,
      });
    }
    await seedBrokeringDemo(tx, { centerId: center.id, county: demoCenter.county, pointIds: pointRows.map((p) => p.id), usersByEmail });
    await seedInquiriesDemo(tx, {
      centerId: center.id,
      pointId: firstPoint.id,
      now: new Date(),
      coordinatorUserId: usersByEmail.get('koordinator@kapocs.example')?.id as string,
      pointCoordinatorUserId: usersByEmail.get('pont@kapocs.example')?.id as string,
    });
    await seedReadinessDemo(tx, { centerId: center.id, now: new Date(), usersByEmail });
    await seedTrainingsDemo(tx, { centerId: center.id, now: new Date(), usersByEmail });
    await seedPointsNetworkDemo(tx, {
      centerId: center.id,
      county: demoCenter.county,
      pointIds: pointRows.map((p) => p.id),
      now: new Date(),
      coordinatorUserId: usersByEmail.get('koordinator@kapocs.example')?.id as string,
    });
    await seedAdvocacyDemo(tx, {
      centerId: center.id,
      county: demoCenter.county,
      now: new Date(),
      coordinatorUserId: usersByEmail.get('koordinator@kapocs.example')?.id as string,
    });
    await seedEvidenceDemo(tx, {
      centerId: center.id,
      seat: demoCenter.seat,
      county: demoCenter.county,
      now: new Date(),
      coordinatorUserId: usersByEmail.get('koordinator@kapocs.example')?.id as string,
    });
    await seedHospitalDemo(tx, { centerId: center.id, now: new Date(), usersByEmail });
    await seedCompaniesDemo(tx, { centerId: center.id, now: new Date(), usersByEmail });
    await seedProgramsDemo(tx, { centerId: center.id, coordinatorUserId: usersByEmail.get('koordinator@kapocs.example')?.id ?? null });
    await seedSchoolsDemo(tx, { centerId: center.id, now: new Date(), usersByEmail });
    await seedIkszDemo(tx, { now: new Date(), usersByEmail });
    await seedEventDayDemo(tx, { centerId: center.id, now: new Date(), coordinatorUserId: usersByEmail.get('koordinator@kapocs.example')?.id ?? null });
    // Last year's annual report, asked for by the coordinator: the background job makes it within
    // seconds of the first start, so /center/annual-reports shows a finished PDF and XLSX.
    await tx.insert(annualReports).values({
      centerId: center.id,
      year: Number(budapestDay(new Date()).slice(0, 4)) - 1,
      requestedByUserId: usersByEmail.get('koordinator@kapocs.example')?.id as string,
    });
    await tx.insert(appMeta).values({ key: seededKey, value: new Date().toISOString() });
  });
  return true;
}
