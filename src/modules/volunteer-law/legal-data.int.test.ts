import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { loadMinimumWageTable, loadSchoolCalendar } from './legal-data-service.js';
import { seededMinimumWages, seededSchoolCalendar } from './legal-data-test-support.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('legal data seeded by the migration (ADR 016)', () => {
  it('holds the known minimum wages (2025: 290 800 Ft, 2026: 322 800 Ft) with their sources', async () => {
    expect(await loadMinimumWageTable(t.db)).toEqual(seededMinimumWages);
  });

  it('holds the 2025/2026 school calendar and nothing for 2026/2027 (its decree was not found)', async () => {
    const calendar = await loadSchoolCalendar(t.db);
    expect(calendar).toEqual(seededSchoolCalendar);
    expect(calendar.holidays.some((h) => h.to >= '2026-09-01')).toBe(false);
  });
});
