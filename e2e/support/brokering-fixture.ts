import { randomInt } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '../../src/db/database.js';
import { centers, users } from '../../src/db/schema/index.js';
import { demoCenter } from '../../src/modules/demo/seed.js';
import { addDays, budapestDay, budapestToInstant } from '../../src/platform/budapest-time.js';
import { createOpportunity, createOrganization, createShift } from '../../src/test-support/brokering-factories.js';

/** A made-up word of letters only, so that the full-text search finds exactly our rows. */
export function randomWord(length = 7): string {
  const letters = 'bcdfghjklmnprstvz';
  let word = '';
  for (let i = 0; i < length; i++) word += letters[randomInt(letters.length)];
  return word;
}

export type JourneyOpportunity = {
  centerId: string;
  organization: { id: string; name: string };
  opportunity: { id: string; title: string };
  shift: { id: string; capacity: number; startsAt: Date };
  /** What a visitor types: no accents, a stem and a prefix of the title's words. */
  searchText: string;
};

async function idOf<T extends { id: string }>(rows: Promise<T[]>, what: string): Promise<string> {
  const [row] = await rows;
  if (!row) throw new Error(`demo data missing: ${what}`);
  return row.id;
}

/**
 * Deterministic data for the brokering journey, in the demo center: an approved organization whose
 * member is the demo organization account, and a published opportunity with one daytime shift next
 * week. The title has accents and a unique word, so an accent-free search finds it and only it.
 */
export async function createJourneyOpportunity(db: Database, organizationMemberEmail: string): Promise<JourneyOpportunity> {
  const word = randomWord();
  const centerId = await idOf(db.select({ id: centers.id }).from(centers).where(eq(centers.name, demoCenter.name)), demoCenter.name);
  const memberId = await idOf(db.select({ id: users.id }).from(users).where(eq(users.email, organizationMemberEmail)), organizationMemberEmail);

  const organization = await createOrganization(db, centerId, {
    name: `Tündér${word} Természetvédő Egyesület`,
    seat: demoCenter.seat,
    memberUserIds: [memberId],
    description: 'Kecskeméti parkok és ligetek gondozása önkéntesekkel.',
  });
  const opportunity = await createOpportunity(db, organization, {
    title: `Önkéntes környezetvédelmi nap a Tündér${word} ligetben`,
    description: 'Szemétszedés, padfestés és facsemeték ültetése a liget tisztásán.\n\nKesztyűt, szerszámot és ebédet biztosítunk.',
    place: demoCenter.seat,
    address: 'Liget utca 3.',
    causes: ['kornyezetvedelem'],
    groupFriendly: true,
    contactName: 'Liget Anna',
    contactEmail: `liget-${word}@kapocs.example`,
  });
  // Next week, 9:00–12:00 Budapest time: a daytime shift anyone adult may take.
  const day = addDays(budapestDay(new Date()), 8);
  const startsAt = budapestToInstant(day, '09:00');
  const shift = await createShift(db, opportunity.id, { startsAt, endsAt: budapestToInstant(day, '12:00'), capacity: 8 });

  return {
    centerId,
    organization: { id: organization.id, name: organization.name },
    opportunity: { id: opportunity.id, title: opportunity.title },
    shift: { id: shift.id, capacity: shift.capacity, startsAt },
    searchText: `onkentes kornyezet tunder${word}`,
  };
}
