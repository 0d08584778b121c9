import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { sessionCookieName } from '../../src/platform/sessions.js';
import { sessionFor } from '../../src/test-support/factories.js';
import { createTestApp, type TestApp } from '../../src/test-support/test-app.js';
import { axeViolations, describeViolations } from './accessibility.js';
import { launchBrowser } from './browser.js';

/**
 * axe on a module's pages as a browser renders them, from an integration test: a test app listening
 * on a port and Chromium. Runs where Chromium is installed (`axePagesRun` tells), once: vitest.config.ts
 * gives the axe suites to one engine only (PostgreSQL when TEST_DATABASE_URL is set, else PGlite).
 */
export const axePagesRun = fs.existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');

export type AxePages = {
  app: TestApp;
  /** Opens `path` (logged in as `userId`, or anonymous), expects `status` (200) and `expectText`; '' when axe finds nothing, else the report. */
  violationsOn(userId: string | null, path: string, expectText: string, status?: number): Promise<string>;
  /**
   * Opens `path`, fills the named fields of the form whose action is `formAction`, submits it and
   * checks the page the browser shows after (a form answered on the same URL, e.g. a choice to confirm).
   */
  violationsAfterSubmit(userId: string | null, path: string, form: { action: string; fields: Record<string, string> }, expectText: string): Promise<string>;
  close(): Promise<void>;
};

export async function startAxePages(): Promise<AxePages> {
  const app = await createTestApp();
  await app.app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.app.server.address() as { port: number };
  const baseUrl = `http://127.0.0.1:${port}`;
  const browser: Browser = await launchBrowser();
  /** A browser page logged in as the user (or anonymous); the context closes after `use`. */
  const withPage = async (userId: string | null, use: (page: Page) => Promise<string>) => {
    const context = await browser.newContext({ baseURL: baseUrl, locale: 'hu-HU' });
    try {
      if (userId) {
        const { hostname } = new URL(baseUrl);
        await context.addCookies([{ name: sessionCookieName, value: await sessionFor(app.db, userId), domain: hostname, path: '/' }]);
      }
      return await use(await context.newPage());
    } finally {
      await context.close();
    }
  };
  const check = async (page: Page, label: string, expectText: string) => {
    if (!(await page.content()).includes(expectText)) return `${label}: "${expectText}" not on the page`;
    const violations = await axeViolations(page);
    return violations.length ? describeViolations(label, violations) : '';
  };
  return {
    app,
    violationsOn: (userId, path, expectText, status = 200) =>
      withPage(userId, async (page) => {
        const response = await page.goto(path);
        if (response?.status() !== status) return `${path}: HTTP ${response?.status()}, expected ${status}`;
        return check(page, path, expectText);
      }),
    violationsAfterSubmit: (userId, path, form, expectText) =>
      withPage(userId, async (page) => {
        await page.goto(path);
        const formLocator = page.locator(`form[action="${form.action}"]`);
        for (const [name, value] of Object.entries(form.fields)) await formLocator.locator(`[name="${name}"]`).fill(value);
        await Promise.all([page.waitForNavigation(), formLocator.locator('button[type="submit"]').first().click()]);
        return check(page, `${path} → POST ${form.action}`, expectText);
      }),
    async close() {
      await browser.close();
      await app.close();
    },
  };
}

/**
 * For a `describe` block: starts the app and the browser before its tests and closes them after;
 * the returned object forwards to them.
 */
export function axePagesForSuite(): Omit<AxePages, 'close'> {
  let started: AxePages | undefined;
  beforeAll(async () => {
    started = await startAxePages();
  }, 120_000);
  afterAll(async () => {
    await started?.close();
  });
  const running = () => {
    if (!started) throw new Error('axe pages are not started (use inside a describe block)');
    return started;
  };
  return {
    get app() {
      return running().app;
    },
    violationsOn: (...args) => running().violationsOn(...args),
    violationsAfterSubmit: (...args) => running().violationsAfterSubmit(...args),
  };
}
