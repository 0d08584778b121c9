import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, describeViolations } from './accessibility.js';

/**
 * One person in a browser: every page they reach is checked with axe (0 violations), and their
 * console must stay free of errors (a CSP violation shows up there). `finish()` also proves that no
 * page was reached without being checked.
 */
export class Visitor {
  private readonly checked = new Set<string>();
  private readonly reached: string[] = [];
  private readonly problems: string[] = [];

  private constructor(
    readonly name: string,
    readonly context: BrowserContext,
    readonly page: Page,
  ) {
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame() && !frame.url().startsWith('about:')) this.reached.push(this.pathOf(frame.url()));
    });
    page.on('pageerror', (err) => this.problems.push(`script error on ${this.path()}: ${err.message}`));
    page.on('console', (message) => {
      // Failed loads are reported below with their URL; everything else logged as an error counts.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
        this.problems.push(`console error on ${this.path()}: ${message.text()}`);
      }
    });
    page.on('response', (response) => {
      const url = new URL(response.url());
      // Chromium asks for /favicon.ico on its own; the app does not have to serve one.
      if (response.status() >= 400 && response.request().resourceType() !== 'document' && url.pathname !== '/favicon.ico') {
        this.problems.push(`${response.status()} for ${url.pathname}${url.search} (needed by ${this.path()})`);
      }
    });
  }

  static async open(browser: Browser, baseUrl: string, name: string): Promise<Visitor> {
    const context = await browser.newContext({ baseURL: baseUrl, locale: 'hu-HU' });
    // A missing element fails in seconds, with the page it was looked for on.
    context.setDefaultTimeout(10_000);
    return new Visitor(name, context, await context.newPage());
  }

  private pathOf(url: string): string {
    const u = new URL(url);
    return `${u.pathname}${u.search}`;
  }

  /** The current path with its query. */
  path(): string {
    return this.pathOf(this.page.url());
  }

  /** Opens a path, expects a page (not an error), and checks it. */
  async goto(path: string): Promise<void> {
    const response = await this.page.goto(path, { waitUntil: 'load' });
    const status = response?.status() ?? 0;
    if (status >= 400) throw new Error(`${this.name}: GET ${path} answered ${status}`);
    await this.checkPage();
  }

  /**
   * Does something that loads another document (a click, a submit — also a form that answers on the
   * same URL), waits for it and checks it; `expectedPath` must match where the browser ends up.
   */
  async navigate(action: () => Promise<unknown>, expectedPath?: RegExp): Promise<void> {
    const committed = this.page.waitForEvent('framenavigated', { predicate: (frame) => frame === this.page.mainFrame() });
    try {
      await action();
    } catch (err) {
      committed.catch(() => {});
      throw new Error(`${this.name} on ${this.path()}: ${(err as Error).message}`);
    }
    await committed;
    await this.page.waitForLoadState('load');
    if (expectedPath && !expectedPath.test(this.path())) {
      throw new Error(`${this.name}: expected to reach ${expectedPath}, but is on ${this.path()}: ${(await this.text()).slice(0, 300)}`);
    }
    await this.checkPage();
  }

  /** Fills fields by their contract names inside the form posting to `action`, then submits it. */
  async submitForm(action: string, fields: Record<string, string | boolean>, expectedPath?: RegExp): Promise<void> {
    const form = this.page.locator(`main form[action="${action}"]`).first();
    for (const [name, value] of Object.entries(fields)) {
      if (typeof value === 'boolean') {
        const box = form.locator(`input[name="${name}"]`).first();
        if (value) await box.check();
        else await box.uncheck();
        continue;
      }
      const radio = form.locator(`input[type="radio"][name="${name}"][value="${value}"]`);
      if ((await radio.count()) > 0) {
        await radio.check();
        continue;
      }
      const control = form.locator(`[name="${name}"]`).first();
      const tag = await control.evaluate((el) => el.tagName.toLowerCase());
      if (tag === 'select') await control.selectOption(value);
      else await control.fill(value);
    }
    await this.navigate(() => form.locator('button[type="submit"], input[type="submit"]').first().click(), expectedPath);
  }

  /** Runs axe on the current page and fails on any violation. */
  async checkPage(): Promise<void> {
    const violations = await axeViolations(this.page);
    if (violations.length > 0) throw new Error(`${this.name}: ${describeViolations(this.path(), violations)}`);
    this.checked.add(this.path());
  }

  async text(selector = 'main'): Promise<string> {
    return (await this.page.locator(selector).first().innerText()).replace(/\s+/g, ' ');
  }

  async lang(): Promise<string | null> {
    return this.page.getAttribute('html', 'lang');
  }

  /** Every page reached was checked, and nothing went wrong in the console. */
  finish(): void {
    const unchecked = [...new Set(this.reached.filter((p) => !this.checked.has(p)))];
    const failures = [...unchecked.map((p) => `reached but not checked with axe: ${p}`), ...this.problems];
    if (failures.length) throw new Error(`${this.name}:\n${failures.join('\n')}`);
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}
