import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations } from '../../../e2e/support/accessibility.js';
import { launchBrowser } from '../../../e2e/support/browser.js';
import { volunteerConsents } from '../../db/schema/index.js';
import { sessionCookieName } from '../../platform/sessions.js';
import { createOpportunity, createOrganization, createShift, createVolunteer } from '../../test-support/brokering-factories.js';
import { createCenter, createUser, sessionFor } from '../../test-support/factories.js';
import { type TestApp, createTestApp } from '../../test-support/test-app.js';
import { testDatabaseKind } from '../../test-support/test-database.js';

/**
 * axe on the matching pages as a browser renders them (0 violations), with suggestions, candidates,
 * the excluded list and the empty states. Runs where Chromium is installed, once (on PGlite).
 */
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const runs = fs.existsSync(chromium) && testDatabaseKind() === 'pglite';

describe.skipIf(!runs)('matching pages in a browser (axe)', () => {
  let app: TestApp & { baseUrl: string };
  let browser: Browser;
  beforeAll(async () => {
    const t = await createTestApp();
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    const { port } = t.app.server.address() as { port: number };
    app = Object.assign(t, { baseUrl: `http://127.0.0.1:${port}` });
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function violationsOn(userId: string, path: string, expectText: string) {
    const context = await browser.newContext({ baseURL: app.baseUrl, locale: 'hu-HU' });
    const { hostname } = new URL(app.baseUrl);
    await context.addCookies([{ name: sessionCookieName, value: await sessionFor(app.db, userId), domain: hostname, path: '/' }]);
    const page = await context.newPage();
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    expect(await page.content()).toContain(expectText);
    const violations = await axeViolations(page);
    await context.close();
    return violations.length ? describeViolations(path, violations) : '';
  }

  it('suggestions, candidates and exclusions have no violations', async () => {
    const center = await createCenter(app.db);
    const member = await createUser(app.db);
    const organization = await createOrganization(app.db, center.id, { seat: 'Tiszakécske', memberUserIds: [member.id] });
    const opportunity = await createOpportunity(app.db, organization, { place: 'Tiszakécske', causes: ['kornyezetvedelem'], skills: ['fozes'] });
    await createShift(app.db, opportunity.id, { startsAt: new Date('2027-12-01T08:00:00Z'), endsAt: new Date('2027-12-01T11:00:00Z') });
    const user = await createUser(app.db);
    const volunteer = await createVolunteer(app.db, {
      userId: user.id,
      homePlace: 'Tiszakécske',
      causes: ['kornyezetvedelem'],
      languages: ['en'],
      availability: ['wed-morning'],
      centerId: center.id,
    });
    await app.db.insert(volunteerConsents).values({ volunteerId: volunteer.id, kind: 'contact', granted: true, textVersion: '2026-1' });
    await createVolunteer(app.db, { homePlace: 'Tiszakécske', birthDate: '2014-01-01', centerId: center.id });
    const coordinator = await createUser(app.db, { grants: [{ role: 'center_coordinator', centerId: center.id }] });
    const stranger = await createUser(app.db);

    const problems = [
      await violationsOn(user.id, '/volunteer/suggestions', opportunity.title),
      await violationsOn(stranger.id, '/volunteer/suggestions', 'Önkéntes profil létrehozása'),
      await violationsOn(member.id, `/opportunities/${opportunity.id}/candidates`, volunteer.givenName),
      await violationsOn(coordinator.id, `/opportunities/${opportunity.id}/candidates?explain=1`, '16 év alatti'),
      await violationsOn(coordinator.id, `/opportunities/${opportunity.id}/candidates?lang=en`, 'Suggested volunteers'),
    ].filter(Boolean);
    expect(problems.join('\n\n')).toBe('');
  }, 120_000);
});
