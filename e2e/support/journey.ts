import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { demoAccounts } from '../../src/modules/demo/demo-accounts.js';
import { type RunningApp, startApp } from './app-server.js';
import { launchBrowser } from './browser.js';
import { Visitor } from './visitor.js';

/** The demo account of a role (demo-accounts.ts). */
export function demoEmail(role: (typeof demoAccounts)[number]['role']): string {
  const account = demoAccounts.find((a) => a.role === role);
  if (!account) throw new Error(`no demo account for ${role}`);
  return account.email;
}

export type Journey = {
  /** The real app (demo data loaded), started before the file's tests. */
  readonly app: RunningApp;
  /** A new person in the browser, closed with the rest after the file's tests. */
  visitor(name: string): Promise<Visitor>;
};

/** For a journey file: the real app and Chromium before its tests, and everything closed after. */
export function journeySetup(): Journey {
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  const visitors: Visitor[] = [];
  beforeAll(async () => {
    [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  });
  afterAll(async () => {
    await Promise.all(visitors.map((v) => v.close().catch(() => {})));
    await browser?.close();
    await app?.close();
  });
  const started = () => {
    if (!app || !browser) throw new Error('the journey is not started (use it inside the test file)');
    return { app, browser };
  };
  return {
    get app() {
      return started().app;
    },
    async visitor(name) {
      const { app: running, browser: chromium } = started();
      const v = await Visitor.open(chromium, running.baseUrl, name);
      visitors.push(v);
      return v;
    },
  };
}
