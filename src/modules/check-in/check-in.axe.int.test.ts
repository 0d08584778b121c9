import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations } from '../../../e2e/support/accessibility.js';
import { launchBrowser } from '../../../e2e/support/browser.js';
import { sessionCookieName } from '../../platform/sessions.js';
import { sessionFor } from '../../test-support/factories.js';
import { type TestApp, createTestApp } from '../../test-support/test-app.js';
import { testDatabaseKind } from '../../test-support/test-database.js';
import { checkInScene, codeOf } from './check-in-test-support.js';

/**
 * axe on the check-in pages as a browser renders them (0 violations): the organization's QR page
 * (empty and with a volunteer on site) and the volunteer's scanned page (check in, check out, refused,
 * unknown code). Runs where Chromium is installed, once (on PGlite).
 */
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const runs = fs.existsSync(chromium) && testDatabaseKind() === 'pglite';

describe.skipIf(!runs)('check-in pages in a browser (axe)', () => {
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

  async function violationsOn(userId: string, path: string, expectText: string, status = 200) {
    const context = await browser.newContext({ baseURL: app.baseUrl, locale: 'hu-HU' });
    const { hostname } = new URL(app.baseUrl);
    await context.addCookies([{ name: sessionCookieName, value: await sessionFor(app.db, userId), domain: hostname, path: '/' }]);
    const page = await context.newPage();
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(status);
    expect(await page.content()).toContain(expectText);
    const violations = await axeViolations(page);
    await context.close();
    return violations.length ? describeViolations(path, violations) : '';
  }

  it('the QR page and the scanned page have no violations', async () => {
    const s = await checkInScene(app);
    const refused = await checkInScene(app, { status: 'applied' });
    const reports = [await violationsOn(s.member.id, s.hostUrl, 'Még senki nem jelentkezett be')];
    const url = `/check-in/${await codeOf(app, s.shift.id)}`;
    reports.push(await violationsOn(s.volunteer.user.id, url, 'Bejelentkezés</button>'));
    // Check in (through the app, as the button would), then both pages again.
    await s.volunteer.client.post(url);
    reports.push(await violationsOn(s.volunteer.user.id, url, 'Kijelentkezés</button>'));
    reports.push(await violationsOn(s.member.id, s.hostUrl, 'még a helyszínen'));
    await refused.memberClient.get(refused.hostUrl);
    reports.push(await violationsOn(refused.volunteer.user.id, `/check-in/${await codeOf(app, refused.shift.id)}`, 'nincs elfogadott jelentkezésed'));
    reports.push(await violationsOn(s.volunteer.user.id, '/check-in/AAAAAAAAAAAAAAAA', 'Ismeretlen bejelentkezési kód', 404));
    expect(reports.filter(Boolean).join('\n')).toBe('');
  }, 120_000);
});
