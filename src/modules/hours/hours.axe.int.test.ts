import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations } from '../../../e2e/support/accessibility.js';
import { launchBrowser } from '../../../e2e/support/browser.js';
import { sessionCookieName } from '../../platform/sessions.js';
import { sessionFor } from '../../test-support/factories.js';
import { type TestApp, createTestApp } from '../../test-support/test-app.js';
import { testDatabaseKind } from '../../test-support/test-database.js';
import { insertEntry, placementScene } from './hours-test-support.js';

/**
 * axe on the hours pages and the contract calculator as a browser renders them (0 violations):
 * each side's view of a placement's hours with its forms, the reject and delete confirmations, the
 * organization's queue, the coordinators' 14-day list, and the calculator with and without an
 * answer. Runs where Chromium is installed, once (on PGlite).
 */
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const runs = fs.existsSync(chromium) && testDatabaseKind() === 'pglite';

describe.skipIf(!runs)('hours and contract-check pages in a browser (axe)', () => {
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

  async function violationsOn(userId: string | null, path: string, expectText: string) {
    const context = await browser.newContext({ baseURL: app.baseUrl, locale: 'hu-HU' });
    if (userId) {
      const { hostname } = new URL(app.baseUrl);
      await context.addCookies([{ name: sessionCookieName, value: await sessionFor(app.db, userId), domain: hostname, path: '/' }]);
    }
    const page = await context.newPage();
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    expect(await page.content()).toContain(expectText);
    const violations = await axeViolations(page);
    await context.close();
    return violations.length ? describeViolations(path, violations) : '';
  }

  it('every side of the hours pages has no violations', async () => {
    const s = await placementScene(app);
    const submitted = await insertEntry(app, s, { activity: 'Kertészkedés az udvaron', loggedByUserId: s.volunteer.user.id });
    await insertEntry(app, s, { activity: 'Régi ételosztás', createdAt: new Date(Date.now() - 20 * 86_400_000) });
    await insertEntry(app, s, { activity: 'Elutasított tétel', status: 'rejected', decisionReason: 'Nem ezen a napon volt.' });
    const reports = [
      await violationsOn(s.volunteer.user.id, s.hoursUrl, 'Kertészkedés az udvaron'),
      await violationsOn(s.volunteer.user.id, `/hours/${submitted.id}/delete`, 'Kertészkedés az udvaron'),
      await violationsOn(s.member.id, s.hoursUrl, 'Kertészkedés az udvaron'),
      await violationsOn(s.member.id, `/hours/${submitted.id}/reject`, 'Kertészkedés az udvaron'),
      await violationsOn(s.member.id, `/organizations/${s.organization.id}/hours`, 'Kertészkedés az udvaron'),
      await violationsOn(s.coordinator.user.id, '/coordinator/hours', 'Régi ételosztás'),
    ];
    expect(reports.filter(Boolean).join('\n')).toBe('');
  }, 120_000);

  it('the contract calculator, empty and answered, has no violations', async () => {
    const reports = [
      await violationsOn(null, '/law/contract-check', 'Köt.'),
      await violationsOn(null, '/law/contract-check?term=fixed&days=2&ageGroup=under16&abroad=on&benefit=on', 'Köt.'),
      await violationsOn(null, '/law/contract-check?term=fixed&days=10&ageGroup=adult', 'Köt.'),
    ];
    expect(reports.filter(Boolean).join('\n')).toBe('');
  }, 120_000);
});
