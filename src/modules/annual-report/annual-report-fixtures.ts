import type { Database } from '../../db/database.js';
import { annualReports } from '../../db/schema/index.js';
import type { FixtureBase } from '../../test-support/fixture-base.js';

/** Path fixture of the annual reports for the route matrix and hostile-input tests: a finished report of center A (annualReportId). */
export async function createAnnualReportFixtures(db: Database, base: Pick<FixtureBase, 'centerId'>): Promise<Record<string, string>> {
  const [report] = await db
    .insert(annualReports)
    .values({
      centerId: base.centerId,
      year: 2025,
      status: 'done',
      progress: 100,
      step: 'done',
      pdf: Buffer.from('%PDF-1.4\n%%EOF\n', 'latin1'),
      xlsx: Buffer.from('PK fixture', 'latin1'),
      finishedAt: new Date(),
    })
    .returning({ id: annualReports.id });
  if (!report) throw new Error('fixture annual report missing');
  return { annualReportId: String(report.id) };
}
