import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from './support/app-server.js';
import { launchBrowser } from './support/browser.js';
import { Visitor } from './support/visitor.js';

/** The checks of the journeys must be able to fail: a broken page under the app's own CSP. */
let app: RunningApp;
let browser: Browser;
let v: Visitor;

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  v = await Visitor.open(browser, app.baseUrl, 'harness');
});
afterAll(async () => {
  await v?.close();
  await browser?.close();
  await app?.close();
});

async function serveBrokenPage(path: string, body: string): Promise<void> {
  const csp = (await fetch(`${app.baseUrl}/`)).headers.get('content-security-policy') ?? '';
  expect(csp).toContain("script-src 'self'");
  await v.page.route(`${app.baseUrl}${path}`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': csp }, body }),
  );
}

describe('the browser harness', () => {
  it('reports axe violations on a page served with the app CSP', async () => {
    await serveBrokenPage('/__harness/inaccessible', '<!doctype html><html><body><img src="/assets/app.css"><input type="text"></body></html>');
    const error = await v.goto('/__harness/inaccessible').catch((err: Error) => err);
    expect(error).toBeInstanceOf(Error);
    expect(String(error)).toMatch(/image-alt/);
    expect(String(error)).toMatch(/html-has-lang/);
  });

  it('reports a page reached without a check, and inline scripts the CSP blocks', async () => {
    await serveBrokenPage(
      '/__harness/inline-script',
      '<!doctype html><html lang="hu"><head><title>x</title></head><body><main><h1>x</h1><script>document.title = "y"</script></main></body></html>',
    );
    await v.page.goto('/__harness/inline-script');
    expect(() => v.finish()).toThrow(/reached but not checked with axe: \/__harness\/inline-script[\s\S]*Content Security Policy/);
  });
});
