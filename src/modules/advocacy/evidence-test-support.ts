import { applications, hourEntries } from '../../db/schema/index.js';
import { createOpportunity, createOrganization, createVolunteer } from '../../test-support/brokering-factories.js';
import { createCenter } from '../../test-support/factories.js';
import type { TestApp } from '../../test-support/test-app.js';
import { staffMember } from '../inquiries/inquiries-test-support.js';

/** A center with its coordinator, another center's coordinator, a volunteer login, and a host organization. */
export async function evidenceScene(t: TestApp) {
  const center = await createCenter(t.db);
  const otherCenter = await createCenter(t.db);
  const organization = await createOrganization(t.db, center.id);
  const [coordinator, foreignCoordinator, volunteer] = await Promise.all([
    staffMember(t, [{ role: 'center_coordinator', centerId: center.id }]),
    staffMember(t, [{ role: 'center_coordinator', centerId: otherCenter.id }]),
    staffMember(t, [{ role: 'volunteer' }]),
  ]);
  return { center, otherCenter, organization, coordinator, foreignCoordinator, volunteer };
}
export type EvidenceScene = Awaited<ReturnType<typeof evidenceScene>>;

type HourRow = { day: string; minutes: number; status?: 'approved' | 'submitted' | 'rejected' };

/**
 * `count` volunteers placed on a new opportunity of the scene's organization in `place` (with
 * `causes`), each logging `hours` (approved unless said otherwise). Returns the approved minutes added per year.
 */
export async function volunteersWithHours(
  t: TestApp,
  s: EvidenceScene,
  options: { place: string; count: number; hours: HourRow[]; causes?: string[]; birthDate?: string },
): Promise<Record<string, number>> {
  const opportunity = await createOpportunity(t.db, s.organization, { place: options.place, causes: options.causes ?? [] });
  const approved: Record<string, number> = {};
  for (let i = 0; i < options.count; i++) {
    const volunteer = await createVolunteer(t.db, { birthDate: options.birthDate ?? '1990-05-01' });
    const [application] = await t.db
      .insert(applications)
      .values({ volunteerId: volunteer.id, opportunityId: opportunity.id, centerId: s.center.id, origin: 'volunteer', status: 'accepted' })
      .returning();
    if (!application) throw new Error('application missing');
    for (const h of options.hours) {
      const status = h.status ?? 'approved';
      await t.db.insert(hourEntries).values({
        applicationId: application.id,
        volunteerId: volunteer.id,
        organizationId: s.organization.id,
        centerId: s.center.id,
        status,
        activityDay: h.day,
        minutes: h.minutes,
        activity: 'Terepmunka',
      });
      const year = h.day.slice(0, 4);
      if (status === 'approved') approved[year] = (approved[year] ?? 0) + h.minutes;
    }
  }
  return approved;
}

/** A page's visible text: tags dropped, entities decoded, every kind of space one space. */
export function pageText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** The URL of a settlement's evidence pack. */
export const settlementPackUrl = (place: string, year: number, extra = '') =>
  `/advocacy/evidence?area=settlement&place=${encodeURIComponent(place)}&year=${year}${extra}`;
