import { describe, expect, it } from 'vitest';
import { axePagesForSuite, axePagesRun } from '../../../e2e/support/axe-pages.js';
import { annualReports } from '../../db/schema/index.js';
import { createCenter, createUser } from '../../test-support/factories.js';

/** axe on the annual reports page as a browser renders it (0 violations): empty, a report being made, a finished and a failed one. */
describe.skipIf(!axePagesRun)('annual reports page in a browser (axe)', () => {
  const pages = axePagesForSuite();

  it('has no violations', async () => {
    const db = pages.app.db;
    const center = await createCenter(db, { name: 'Axe Beszámoló Központ' });
    const user = await createUser(db, { grants: [{ role: 'center_admin', centerId: center.id }] });
    const list = `/center/annual-reports?center=${center.id}`;
    const reports = [await pages.violationsOn(user.id, list, 'Még nem készült éves beszámoló.')];
    await db.insert(annualReports).values([
      {
        centerId: center.id,
        year: 2024,
        status: 'done',
        progress: 100,
        step: 'done',
        pdf: Buffer.from('%PDF'),
        xlsx: Buffer.from('PK'),
        finishedAt: new Date(),
      },
      { centerId: center.id, year: 2023, status: 'failed', progress: 30, step: 'trainings', error: 'próba hiba', finishedAt: new Date() },
      { centerId: center.id, year: 2025, status: 'running', progress: 40, step: 'trainings', startedAt: new Date(), requestedByUserId: user.id },
    ]);
    reports.push(await pages.violationsOn(user.id, list, '40 % – Képzések'));
    expect(reports.filter(Boolean).join('\n')).toBe('');
  }, 120_000);
});
