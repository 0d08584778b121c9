import { and, eq } from 'drizzle-orm';
import { applications, auditLog, organizations, registerEntries } from '../../db/schema/index.js';
import { hungarianSortKey } from '../../platform/hungarian-sort-key.js';
import type { TestApp } from '../../test-support/test-app.js';
import { hostScene, volunteerWithLogin } from '../placements/placements-test-support.js';

/**
 * A placement (accepted by default) of a volunteer with a login at an organization with one member;
 * the organization is Köt.-registered unless `kot: null`.
 */
export async function registerScene(
  t: TestApp,
  options: { kot?: string | null; status?: string; birthDate?: string; familyName?: string; givenName?: string } = {},
) {
  const host = await hostScene(t);
  const kot = options.kot === undefined ? 'KÖT-2024/0042' : options.kot;
  await t.db.update(organizations).set({ kotRegistrationNumber: kot }).where(eq(organizations.id, host.organization.id));
  const volunteer = await volunteerWithLogin(t, {
    centerId: host.center.id,
    birthDate: options.birthDate ?? '1990-05-01',
    ...(options.familyName ? { familyName: options.familyName } : {}),
    ...(options.givenName ? { givenName: options.givenName } : {}),
  });
  const [application] = await t.db
    .insert(applications)
    .values({
      volunteerId: volunteer.volunteer.id,
      opportunityId: host.opportunity.id,
      centerId: host.center.id,
      origin: 'volunteer',
      status: options.status ?? 'accepted',
    })
    .returning();
  if (!application) throw new Error('application missing');
  return { ...host, volunteer, application, url: `/applications/${application.id}/register`, listUrl: `/organizations/${host.organization.id}/register` };
}
export type RegisterScene = Awaited<ReturnType<typeof registerScene>>;

/** A complete, valid form for an adult (override any field). */
export function entryForm(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    familyName: 'Kovács',
    givenName: 'Éva',
    birthName: '',
    birthPlace: 'Szeged',
    birthDate: '1990-05-01',
    motherName: 'Nagy Ilona',
    citizenship: '',
    residence: '6720 Szeged, Kárász utca 5.',
    activity: 'Idős emberek látogatása',
    place: 'Szeged, Idősek Otthona',
    timeAndRest: 'Hetente kétszer 3 óra, óránként 10 perc pihenő',
    startsOn: '2025-03-01',
    endsOn: '',
    ...overrides,
  };
}

/** A register entry written straight to the database, for list, export and purge tests. */
export async function insertRegisterEntry(
  t: TestApp,
  s: RegisterScene,
  values: Partial<typeof registerEntries.$inferInsert> & { applicationId?: string | null } = {},
) {
  const familyName = values.familyName ?? 'Kovács';
  const givenName = values.givenName ?? 'Éva';
  const [row] = await t.db
    .insert(registerEntries)
    .values({
      organizationId: s.organization.id,
      centerId: s.center.id,
      applicationId: s.application.id,
      volunteerId: s.volunteer.volunteer.id,
      birthPlace: 'Szeged',
      birthDate: '1990-05-01',
      motherName: 'Nagy Ilona',
      residence: '6720 Szeged, Kárász utca 5.',
      activity: 'Idős emberek látogatása',
      place: 'Szeged',
      timeAndRest: 'Hetente 3 óra',
      startsOn: '2025-03-01',
      ...values,
      familyName,
      givenName,
      sortKey: hungarianSortKey(`${familyName} ${givenName}`),
    })
    .returning();
  if (!row) throw new Error('register entry missing');
  return row;
}

export const registerAuditOf = (t: TestApp, entityId: string) =>
  t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'register_entry'), eq(auditLog.entityId, entityId)))
    .orderBy(auditLog.id);
