import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpportunity, createShift } from '../../test-support/brokering-factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { buildOpportunityWorld } from './opportunities-test-support.js';

/**
 * Odd bodies posted by a real member and a real vetter to every write route of this module (the
 * shared hostile-input test posts as personas without membership, so it stops at the 403).
 */
let t: TestApp;
let w: Awaited<ReturnType<typeof buildOpportunityWorld>>;
beforeAll(async () => {
  t = await createTestApp();
  w = await buildOpportunityWorld(t);
});
afterAll(async () => {
  await t?.close();
});

const fields = [
  'title',
  'description',
  'kind',
  'causes',
  'skills',
  'place',
  'address',
  'remote',
  'groupFriendly',
  'minAge',
  'requiredQualifications',
  'requiresConduct',
  'requiresHealth',
  'languages',
  'accessibilityNotes',
  'contactName',
  'contactEmail',
  'contactPhone',
  'decision',
  'reason',
  'confirm',
  'startsAt',
  'endsAt',
  'capacity',
  'waitlist',
  'day_0',
  'start_0',
  'end_0',
  'capacity_0',
  'weeks',
];

const bodies: Record<string, Record<string, string | string[]>> = {
  arrays: Object.fromEntries(fields.map((f) => [f, ['1', '2']])),
  // Under the 256 KB body limit, so the values reach validation.
  huge: Object.fromEntries(fields.map((f) => [f, 'é'.repeat(3_000)])),
  numbers: Object.fromEntries(fields.map((f) => [f, '-99999999999999999999'])),
  script: Object.fromEntries(fields.map((f) => [f, '<script>alert(1)</script>'])),
  dates: {
    startsAt: '9999-12-31T23:59',
    endsAt: '0000-01-01T00:00',
    capacity: '1e3',
    day_0: '7',
    start_0: '25:00',
    end_0: '10:00',
    capacity_0: '1.5',
    weeks: 'NaN',
  },
  empty: {},
};

describe('hostile bodies on the opportunity write routes', () => {
  it('never answer 5xx and never echo a script unescaped', async () => {
    const member = await w.clientOf(w.member);
    const vetter = await w.clientOf(w.coordinatorA);
    for (const [name, body] of Object.entries(bodies)) {
      const regular = await createOpportunity(t.db, w.organization, { kind: 'regular' });
      const submitted = await createOpportunity(t.db, w.organization, { status: 'submitted', publishedAt: null });
      const shift = await createShift(t.db, regular.id);
      const posts: [typeof member, string][] = [
        [member, `/organizations/${w.organization.id}/opportunities`],
        [member, `/opportunities/${regular.id}`],
        [member, `/opportunities/${regular.id}/submit`],
        [member, `/opportunities/${regular.id}/close`],
        [member, `/opportunities/${regular.id}/shifts`],
        [member, `/opportunities/${regular.id}/shifts/generate`],
        [member, `/shifts/${shift.id}/cancel`],
        [vetter, `/opportunities/${submitted.id}/vet`],
      ];
      for (const [client, url] of posts) {
        const res = await client.post(url, body);
        expect(res.statusCode, `${name} → ${url}`).toBeLessThan(500);
        expect(res.body, `${name} → ${url}`).not.toContain('<script>alert(1)</script>');
      }
    }
  });
});
