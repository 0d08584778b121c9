import { randomInt } from 'node:crypto';
import type { Database } from '../../db/database.js';
import { createOpportunity, createOrganization } from '../../test-support/brokering-factories.js';
import { createCenter } from '../../test-support/factories.js';

/**
 * A made-up word (letters only) that no other test's text contains: a test searches for it, so
 * it sees only the opportunities it created, whatever else is in the shared test database.
 */
export function uniqueWord(): string {
  const letters = 'bcdfghjklmnpqrstvwxz';
  return `zq${Array.from({ length: 9 }, () => letters[randomInt(letters.length)]).join('')}`;
}

/** A center with one approved organization, and a helper to publish opportunities for it. */
export async function searchScene(db: Database) {
  const center = await createCenter(db);
  const organization = await createOrganization(db, center.id, { name: `Zöld Kör Egyesület ${uniqueWord()}` });
  return {
    center,
    organization,
    publish: (attrs: Parameters<typeof createOpportunity>[2] = {}) => createOpportunity(db, organization, attrs),
  };
}

/** "2026-12-05" for a day `days` from now (UTC; tests keep a margin of whole days). */
export function dayFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}
