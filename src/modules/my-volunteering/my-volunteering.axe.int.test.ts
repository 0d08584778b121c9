import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations } from '../../../e2e/support/accessibility.js';
import { launchBrowser } from '../../../e2e/support/browser.js';
import { sessionCookieName } from '../../platform/sessions.js';
import { createUser, sessionFor } from '../../test-support/factories.js';
import { type TestApp, createTestApp } from '../../test-support/test-app.js';
import { testDatabaseKind } from '../../test-support/test-database.js';
import { insertEntry, placementScene } from '../hours/hours-test-support.js';

/**
 * axe on "My volunteering" as a browser renders it (0 violations): with a placement and hours in
 * every status, empty for a new volunteer, and the explanation for someone without a volunteer
 * profile. Runs where Chromium is installed, once (on PGlite).
 */
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const runs = fs.existsSync(chromium) && testDatabaseKind() === 'pglite';

describe.skipIf(!runs)('My volunteering in a browser (axe)', () => {
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
    expect(response?.status(), path).toBe(200);
    expect(await page.content()).toContain(expectText);
    const violations = await axeViolations(page);
    await context.close();
    return violations.length ? describeViolations(path, violations) : '';
  }

  it('the page, full, empty and without a profile, has no violations', async () => {
    const s = await placementScene(app, { status: 'active' });
    await insertEntry(app, s, { activity: 'Kertészkedés', minutes: 150, status: 'approved' });
    await insertEntry(app, s, { activity: 'Lombseprés', minutes: 60 });
    await insertEntry(app, s, { activity: 'Elutasított tétel', minutes: 30, status: 'rejected', decisionReason: 'Nem ezen a napon volt.' });
    const empty = await placementScene(app);
    const staff = await createUser(app.db);
    const reports = [
      await violationsOn(s.volunteer.user.id, '/volunteer/my-volunteering', '2 óra 30 perc'),
      await violationsOn(empty.volunteer.user.id, '/volunteer/my-volunteering', 'Még nincs rögzített órád.'),
      await violationsOn(staff.id, '/volunteer/my-volunteering', 'Még nincs önkéntes profilod'),
    ];
    expect(reports.filter(Boolean).join('\n')).toBe('');
  }, 120_000);
});
