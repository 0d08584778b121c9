import type { Logger } from 'pino';
import type { Database } from '../../db/database.js';
import { startPeriodicJob } from '../../platform/periodic-job.js';
import { type AnnualReportContent, type FigureStep, reportSteps, runFigureStep, yearWindowOf } from './figures.js';
import { type ClaimedReport, claimReport, markReportDone, markReportFailed, setReportProgress } from './repo.js';
import { reportDocumentOf } from './report-document.js';
import { renderAnnualReportPdf } from './report-pdf.js';
import { renderAnnualReportXlsx } from './report-xlsx.js';

/** A report left 'running' this long was made by a process that died: the next claim takes it again. */
export const staleRunningMinutes = 30;

type Progress = (step: (typeof reportSteps)[number]) => Promise<void>;
/** Makes the files of a claimed report, reporting each step as it starts. Tests pass a failing one. */
export type BuildAnnualReport = (db: Database, report: ClaimedReport, now: Date, progress: Progress) => Promise<{ pdf: Buffer; xlsx: Buffer }>;

export const buildAnnualReport: BuildAnnualReport = async (db, report, now, progress) => {
  const content: AnnualReportContent = { centerName: report.centerName, year: report.year };
  const window = yearWindowOf(report.centerId, report.year);
  for (const step of reportSteps) {
    if (step === 'pdf' || step === 'xlsx') break;
    await progress(step);
    await runFigureStep(db, step as FigureStep, window, content, now);
  }
  const document = reportDocumentOf(content, now);
  await progress('pdf');
  const pdf = await renderAnnualReportPdf(document, now);
  await progress('xlsx');
  const xlsx = await renderAnnualReportXlsx(document);
  return { pdf, xlsx };
};

/**
 * Makes at most one queued annual report: claims it (SKIP LOCKED, so several processes share the
 * queue), builds it step by step with the progress stored after each step, and stores the PDF and
 * the XLSX (done) or the error (failed, and logged).
 */
export async function runAnnualReportJobOnce(
  db: Database,
  now: Date,
  options: { build?: BuildAnnualReport; log?: Pick<Logger, 'error'> } = {},
): Promise<{ made: number; failed: number }> {
  const report = await db.transaction((tx) => claimReport(tx, now, staleRunningMinutes));
  if (!report) return { made: 0, failed: 0 };
  const build = options.build ?? buildAnnualReport;
  let done = 0;
  const progress: Progress = async (step) => {
    await setReportProgress(db, report.id, Math.min(99, Math.round((done * 100) / reportSteps.length)), step);
    done++;
  };
  try {
    const files = await build(db, report, now, progress);
    await markReportDone(db, report.id, files, new Date());
    return { made: 1, failed: 0 };
  } catch (err) {
    options.log?.error({ err, annualReportId: report.id }, 'annual report failed');
    await markReportFailed(db, report.id, err instanceof Error ? err.message : String(err), new Date());
    return { made: 0, failed: 1 };
  }
}

/** The annual report queue on a timer, for src/server.ts: a look every 5 seconds, the first soon after the start. */
export function startAnnualReportJob(opts: { db: Database; log: Pick<Logger, 'info' | 'error'>; intervalMs?: number }) {
  return startPeriodicJob({
    name: 'annual reports',
    run: () => runAnnualReportJobOnce(opts.db, new Date(), { log: opts.log }),
    log: opts.log,
    intervalMs: opts.intervalMs ?? 5_000,
    firstRunMs: 3_000,
  });
}
