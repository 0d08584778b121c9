import path from 'node:path';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './db/connection.js';
import { DataDirLockedError } from './db/data-dir-lock.js';
import { startAlertDigests } from './modules/alerts/background.js';
import { startAnnualReportJob } from './modules/annual-report/job.js';
import { demoAccounts, demoPassword } from './modules/demo/demo-accounts.js';
import { isDemoSeeded } from './modules/demo/seed.js';
import { startDeadlineReminders } from './modules/erasure/background.js';
import { startHostAnswerReminders } from './modules/placements/host-answer-background.js';
import { startSeatOfferExpiry } from './modules/placements/seat-offer-job.js';
import { startInactivityRetention } from './modules/retention/background.js';
import { publishedIndexReady } from './modules/search/published-index-sync.js';
import { startExpiryReminders } from './modules/trainings/expiry-reminder-job.js';
import { startTrainingOfferExpiry } from './modules/trainings/waitlist-offer-job.js';
import { startHousekeeping } from './platform/housekeeping.js';
import { createLogger } from './platform/logger.js';
import { smtpTransport } from './platform/mail.js';
import { createShutdownState } from './platform/shutdown-state.js';
import { prepareDatabase } from './startup/prepare-database.js';
import { mailBanner } from './startup/start-banner.js';

/** Starts Kapocs: config → database (migrate, places, demo on first run) → HTTP → background loop. */
async function main() {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  if (config.secretKeyGenerated) log.warn('SECRET_KEY is not set: a random key is used for this run (set it in production).');

  // The app's modules load while the database opens (PGlite compiles its WebAssembly meanwhile).
  const appModule = import('./app.js');
  const dbHandle = await openDatabase(
    config.databaseUrl ? { kind: 'postgres', url: config.databaseUrl, log } : { kind: 'pglite', dataDir: path.join(config.dataDir, 'db') },
  );
  log.info({ db: dbHandle.label }, 'database opened');
  const { demoSeeded: seeded, checkPlaces } = await prepareDatabase(dbHandle, { seedDemo: config.seedDemo, log, deferPlacesCheck: true });

  const shutdownState = createShutdownState();
  const { buildApp } = await appModule;
  const app = await buildApp({ db: dbHandle.db, dbHandle, config, shutdown: shutdownState }, { logger: log });
  const housekeeping = startHousekeeping({
    db: dbHandle.db,
    log,
    transport: config.smtpUrl ? smtpTransport(config.smtpUrl) : undefined,
    mailFrom: config.mailFrom,
  });
  const alertDigests = startAlertDigests({ db: dbHandle.db, config, log });
  const deadlineReminders = startDeadlineReminders({ db: dbHandle.db, config, log });
  const inactivityRetention = startInactivityRetention({ db: dbHandle.db, config, log });
  const seatOfferExpiry = startSeatOfferExpiry({ db: dbHandle.db, config, log });
  const trainingOfferExpiry = startTrainingOfferExpiry({ db: dbHandle.db, config, log });
  const hostAnswerReminders = startHostAnswerReminders({ db: dbHandle.db, config, log });
  const expiryReminders = startExpiryReminders({ db: dbHandle.db, config, log });
  const annualReports = startAnnualReportJob({ db: dbHandle.db, log });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    // Draining: /healthz answers 503 so a load balancer stops sending traffic here, while every other
    // request is still served for the grace period; then app.close() lets in-flight ones finish.
    // Ctrl-C (SIGINT) at a terminal has no load balancer to wait for.
    const graceSeconds = signal === 'SIGTERM' ? config.shutdownGraceSeconds : 0;
    log.info({ signal, graceSeconds }, 'shutting down');
    const force = setTimeout(() => process.exit(1), (graceSeconds + 10) * 1000);
    force.unref();
    try {
      shutdownState.startDraining();
      await new Promise((resolve) => setTimeout(resolve, graceSeconds * 1000));
      await app.close();
      await housekeeping.stop();
      await alertDigests.stop();
      await deadlineReminders.stop();
      await inactivityRetention.stop();
      await seatOfferExpiry.stop();
      await trainingOfferExpiry.stop();
      await hostAnswerReminders.stop();
      await expiryReminders.stop();
      await annualReports.stop();
      await dbHandle.close();
      process.exit(0);
    } catch (err) {
      log.error({ err }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  await app.listen({ port: config.port, host: config.host });
  // The settlements are checked against the CSV once serving (prepareDatabase deferred it).
  void checkPlaces?.().then(
    (imported) => imported > 0 && log.info({ places: imported }, 'settlements imported'),
    (err: unknown) => log.error({ err }, 'settlements check failed'),
  );
  // The search's in-process index (ADR 021) is built in the background; the SQL answers until then.
  const indexStartedAt = Date.now();
  void publishedIndexReady(dbHandle.db).then((index) => {
    if (index) log.info({ opportunities: index.byId.size, seconds: (Date.now() - indexStartedAt) / 1000 }, 'search index ready');
  });
  const url = config.baseUrl;
  const lines = ['', `Kapocs fut / is running: ${url}`, `Adatbázis / database: ${dbHandle.label}${seeded ? ' (demo adatok betöltve / demo data loaded)' : ''}`];
  if (config.seedDemo !== 'never' && (await isDemoSeeded(dbHandle.db))) {
    lines.push(`Demo belépések (jelszó / password: ${demoPassword}):`);
    for (const a of demoAccounts) lines.push(`  ${a.role.padEnd(20)} ${a.email}`);
  }
  lines.push(mailBanner(config.smtpUrl, url));
  console.log(lines.join('\n'));
}

main().catch((err) => {
  if (err instanceof ConfigError) {
    console.error(`Kapocs: ${err.message}`);
    process.exit(78);
  }
  if (err instanceof DataDirLockedError) {
    console.error(err.message);
    process.exit(75);
  }
  console.error('Kapocs could not start:', err);
  process.exit(1);
});
