import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications } from '../../db/schema/index.js';
import { createOpportunity, createOrganization, createVolunteer } from '../../test-support/brokering-factories.js';
import { createUser } from '../../test-support/factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import type { TestClient } from '../../test-support/test-client.js';
import { clientFor } from '../placements/placements-test-support.js';
import { createRegistration, trainingScene } from './trainings-test-support.js';

/**
 * Odd bodies posted by those who may really use the trainings' forms — the session center's
 * coordinator, an organization's member, the volunteer registered — to every write route (the shared
 * hostile-input test reaches most of them as the national admin; these actors get past the refusals).
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const fields = [
  'title',
  'slug',
  'audience',
  'summary',
  'description',
  'duration',
  'prerequisites',
  'qualificationName',
  'validityMonths',
  'minAge',
  'readinessAreas',
  'status',
  'centerId',
  'startsAt',
  'endsAt',
  'online',
  'place',
  'address',
  'onlineUrl',
  'trainerName',
  'trainerEmail',
  'capacity',
  'holdHours',
  'kind',
  'organizationId',
  'person',
  'adultConfirmed',
  'volunteerId',
  'familyName',
  'givenName',
  'email',
  'answer',
  'confirm',
];

const script = '<script>alert(1)</script>';
const bodies: Record<string, Record<string, string | string[]>> = {
  arrays: Object.fromEntries(fields.map((f) => [f, ['1', '2']])),
  // Under the 256 KB body limit, so the values reach validation.
  huge: Object.fromEntries(fields.map((f) => [f, 'é'.repeat(3_000)])),
  numbers: Object.fromEntries(fields.map((f) => [f, '-99999999999999999999'])),
  script: Object.fromEntries(fields.map((f) => [f, script])),
  kinds: { kind: 'organization', organizationId: '00000000-0000-4000-8000-000000000000', person: `v:${'0'.repeat(36)}`, answer: 'accept', confirm: 'on' },
  dates: { startsAt: '9999-12-31T23:59', endsAt: '0000-01-01T00:00', capacity: '1e3', holdHours: 'NaN', duration: 'Infinity', validityMonths: '1.5' },
  empty: {},
};

describe('hostile bodies on the trainings write routes', () => {
  it('never answer 5xx and never echo a script unescaped', async () => {
    for (const [name, body] of Object.entries(bodies)) {
      const scene = await trainingScene(t);
      const member = await createUser(t.db);
      const organization = await createOrganization(t.db, scene.center.id, { memberUserIds: [member.id] });
      const opportunity = await createOpportunity(t.db, organization);
      const volunteerUser = await createUser(t.db);
      const volunteer = await createVolunteer(t.db, { userId: volunteerUser.id, centerId: scene.center.id });
      await t.db
        .insert(applications)
        .values({ volunteerId: volunteer.id, opportunityId: opportunity.id, centerId: scene.center.id, origin: 'volunteer', status: 'accepted' });
      const offered = await createRegistration(t.db, scene.session.id, {
        volunteerId: volunteer.id,
        status: 'offered',
        offerExpiresAt: new Date(Date.now() + 86_400_000),
      });
      const [memberClient, volunteerClient] = [await clientFor(t, member.id), await clientFor(t, volunteerUser.id)];
      const posts: [TestClient, string][] = [
        [scene.coordinatorClient, '/trainings/manage'],
        [scene.coordinatorClient, `/trainings/manage/${scene.course.id}`],
        [scene.coordinatorClient, `/trainings/manage/${scene.course.id}/sessions`],
        [scene.coordinatorClient, `/trainings/sessions/${scene.session.id}/edit`],
        [scene.coordinatorClient, `/trainings/sessions/${scene.session.id}/enrol`],
        [memberClient, `/trainings/sessions/${scene.session.id}/enrol`],
        [volunteerClient, `/trainings/sessions/${scene.session.id}/register`],
        [volunteerClient, `/trainings/registrations/${offered.id}/offer`],
        [volunteerClient, `/trainings/registrations/${offered.id}/cancel`],
        [scene.coordinatorClient, `/trainings/sessions/${scene.session.id}/cancel`],
      ];
      for (const [client, url] of posts) {
        const res = await client.post(url, body);
        expect(res.statusCode, `${name} → ${url}`).toBeLessThan(500);
        expect(res.body, `${name} → ${url}`).not.toContain(script);
      }
    }
  }, 120_000);
});
