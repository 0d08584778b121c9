import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { TestClient } from '../../test-support/test-client.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

const check = (query: string, headers: Record<string, string> = {}) => new TestClient(t.app, t.config.secretKey).get(`/law/contract-check?${query}`, headers);
/** The items of the answer's reason list, by rule code. */
const reasonCodes = (html: string) => [...html.matchAll(/<li data-code="([a-z0-9_]+)">/g)].map((m) => m[1]);

describe('GET /law/contract-check (Köt. 6. § calculator)', () => {
  it('shows the empty form and the mandatory content, without an answer or errors', async () => {
    const res = await new TestClient(t.app, t.config.secretKey).get('/law/contract-check');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<h1>Kell-e írásba foglalni az önkéntes szerződést?</h1>');
    expect(res.body).toMatch(/<form method="get" action="\/law\/contract-check"/);
    expect(res.body).toContain('a tevékenységre fordítandó idő és a pihenőidő (Köt. 6. § (1) c))');
    expect(res.body).not.toContain('id="contract-check-result"');
    expect(res.body).not.toContain('field-error');
  });

  it('is linked from the home page', async () => {
    const res = await new TestClient(t.app, t.config.secretKey).get('/');
    expect(res.body).toContain('href="/law/contract-check"');
  });

  it('answers "must be in writing" with every trigger and its citation', async () => {
    const res = await check('term=fixed&days=2&ageGroup=under16&abroad=on&benefit=on');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Írásba kell foglalni, mert:');
    expect(reasonCodes(res.body)).toEqual(['protected_term_2_days', 'benefit', 'abroad']);
    expect(res.body).toContain('már 2 naptól kötelező az írásba foglalás, a tervezett időtartam pedig 2 nap (Köt. 6. §)');
    expect(res.body).toContain('A tevékenység külföldön folyik (Köt. 6. §).');
    // Under 16 abroad is not allowed at all (Köt. 5. §).
    expect(res.body).toContain('külföldön nem végezhet önkéntes tevékenységet (Köt. 5. §)');
    // The form keeps what was entered.
    expect(res.body).toMatch(/id="f-abroad" name="abroad" value="on" checked/);
  });

  it('answers "not mandatory, but recommended" when nothing applies', async () => {
    const res = await check('term=fixed&days=9&ageGroup=adult&nonEea=on&nonEeaExemption=refugee_or_protected');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Nem kötelező írásba foglalni, de ajánlott');
    expect(reasonCodes(res.body)).toEqual([]);
    expect(res.body).not.toContain('külföldön nem végezhet');
  });

  it('applies the 10-day threshold to adults and the indefinite term to everyone', async () => {
    expect(reasonCodes((await check('term=fixed&days=10&ageGroup=adult')).body)).toEqual(['term_10_days']);
    expect(reasonCodes((await check('term=indefinite&ageGroup=minor16')).body)).toEqual(['indefinite_term']);
    expect(reasonCodes((await check('term=fixed&days=1&ageGroup=adult&nonEea=on&nonEeaExemption=none')).body)).toEqual(['non_eea_citizen']);
  });

  it('shows Hungarian field errors next to the fields for bad input', async () => {
    const res = await check('term=fixed&days=&ageGroup=child&nonEeaExemption=x');
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('class="error-summary"');
    expect(res.body).toMatch(/id="f-days-error">Határozott idejű jogviszonynál adja meg a tervezett napok számát\.</);
    expect(res.body).toMatch(/id="f-ageGroup-error">Válasszon a felsorolt lehetőségek közül\.</);
    expect(res.body).toMatch(/id="f-nonEeaExemption-error">/);
    expect(res.body).not.toContain('id="contract-check-result"');
    const days = await check('term=fixed&days=3651&ageGroup=adult');
    expect(days.statusCode).toBe(422);
    expect(days.body).toMatch(/id="f-days-error">Egész számot adjon meg 1 és 3650 között\.</);
  });

  it('escapes what was typed', async () => {
    const res = await check(`term=fixed&ageGroup=adult&days=${encodeURIComponent('"><script>alert(1)</script>')}`);
    expect(res.statusCode).toBe(422);
    expect(res.body).not.toContain('<script>alert(1)</script>');
    expect(res.body).toContain('&lt;script>');
  });

  it('speaks English on request', async () => {
    const res = await check('term=fixed&days=12&ageGroup=adult&lang=en');
    expect(res.body).toContain('It must be in writing, because:');
    expect(res.body).toContain('It lasts at least 10 days: the planned length is 12 days (Köt. 6. §).');
  });
});
