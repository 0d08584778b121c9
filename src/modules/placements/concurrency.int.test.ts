import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../../db/connection.js';
import type { Database } from '../../db/database.js';
import { applications, shifts } from '../../db/schema/index.js';
import { createOpportunity, createOrganization, createShift, createVolunteer } from '../../test-support/brokering-factories.js';
import { createCenter, createUser, sessionFor } from '../../test-support/factories.js';
import { personaHeaders } from '../../test-support/personas.js';
import { createDatabaseFromTemplate, dropDatabase, urlForDatabase } from '../../test-support/postgres-admin.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { testDatabaseKind } from '../../test-support/test-database.js';

/**
 * 200 volunteers sign up for a 10-seat shift at the same moment: exactly 10 are accepted, 190
 * waitlisted, no request fails. On PostgreSQL the requests come from two separate app processes
 * sharing the database (the row lock must hold across processes); PGlite is single-process, so
 * there it is one process with 200 concurrent requests.
 */
const volunteers = 200;
const capacity = 10;

async function raceScene(db: Database) {
  const center = await createCenter(db);
  const organization = await createOrganization(db, center.id);
  const opportunity = await createOpportunity(db, organization);
  const shift = await createShift(db, opportunity.id, { capacity, waitlistEnabled: true });
  const sessions: string[] = [];
  for (let i = 0; i < volunteers; i++) {
    const user = await createUser(db);
    await createVolunteer(db, { userId: user.id, centerId: center.id });
    sessions.push(await sessionFor(db, user.id));
  }
  return { shift, sessions };
}

async function outcome(db: Database, shiftId: string) {
  const rows = await db
    .select({ status: applications.status, n: sql<number>`count(*)::int`, seats: sql<number>`count(*) filter (where ${applications.holdsSeat})::int` })
    .from(applications)
    .where(eq(applications.shiftId, shiftId))
    .groupBy(applications.status);
  const [shift] = await db.select({ seatsTaken: shifts.seatsTaken }).from(shifts).where(eq(shifts.id, shiftId));
  return { byStatus: Object.fromEntries(rows.map((r) => [r.status, r.n])), seatHolders: rows.reduce((s, r) => s + r.seats, 0), seatsTaken: shift?.seatsTaken };
}

function expectExactlyFilled(result: Awaited<ReturnType<typeof outcome>>, statuses: number[]) {
  expect(statuses).toHaveLength(volunteers);
  // Every request was answered with a redirect to the new application: no 4xx/5xx, no error.
  expect(new Set(statuses)).toEqual(new Set([303]));
  expect(result.byStatus).toEqual({ accepted: capacity, waitlisted: volunteers - capacity });
  expect(result.seatHolders).toBe(capacity);
  expect(result.seatsTaken).toBe(capacity);
}

describe.runIf(testDatabaseKind() === 'pglite')('sign-up race on PGlite (one process)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('200 simultaneous sign-ups for 10 seats: 10 accepted, 190 waitlisted, no error', async () => {
    const { shift, sessions } = await raceScene(t.db);
    const statuses = await Promise.all(
      sessions.map(async (session) => {
        const { cookie, csrfToken } = personaHeaders(t.config.secretKey, session);
        const res = await t.app.inject({
          method: 'POST',
          url: `/shifts/${shift.id}/signup`,
          headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
          payload: new URLSearchParams({ _csrf: csrfToken }).toString(),
        });
        return res.statusCode;
      }),
    );
    expectExactlyFilled(await outcome(t.db, shift.id), statuses);
  }, 120_000);
});

function startWorker(url: string, secretKey: string, jobFile: string) {
  const worker = path.join(import.meta.dirname, 'sign-up-race.worker.ts');
  const child = spawn('npx', ['tsx', worker, url, secretKey, jobFile], { cwd: process.cwd(), env: { ...process.env, NODE_ENV: 'test' } });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => {
    out += String(d);
  });
  child.stderr.on('data', (d) => {
    err += String(d);
  });
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (out.includes('ready\n')) {
        clearInterval(timer);
        resolve();
      }
    }, 50);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (!out.includes('ready\n')) reject(new Error(`worker exited (${code}) before ready: ${err.slice(-2000)}`));
    });
  });
  const finished = new Promise<number[]>((resolve, reject) => {
    child.on('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (code !== 0 || !line) reject(new Error(`worker failed (${code}): ${err.slice(-2000)}`));
      else {
        const result = JSON.parse(line) as { statuses: number[]; errors: string[] };
        if (result.errors.length) console.error('sign-up race worker errors:', result.errors);
        resolve(result.statuses);
      }
    });
  });
  return { child: child as ChildProcessWithoutNullStreams, ready, finished };
}

describe.runIf(testDatabaseKind() === 'postgres')('sign-up race on PostgreSQL (two app processes)', () => {
  const serverUrl = process.env.TEST_DATABASE_URL as string;
  const secretKey = 'race-secret-key-that-is-long-enough-0000';
  let handle: DatabaseHandle;
  let name: string;
  let dir: string;
  beforeAll(async () => {
    name = await createDatabaseFromTemplate(serverUrl, inject('postgresTemplate'));
    handle = await openDatabase({ kind: 'postgres', url: urlForDatabase(serverUrl, name), poolSize: 5 });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kapocs-race-'));
  });
  afterAll(async () => {
    await handle?.close();
    if (name) await dropDatabase(serverUrl, name);
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('200 simultaneous sign-ups from 2 processes for 10 seats: 10 accepted, 190 waitlisted, no error', async () => {
    const { shift, sessions } = await raceScene(handle.db);
    const halves = [sessions.slice(0, volunteers / 2), sessions.slice(volunteers / 2)];
    const workers = halves.map((half, i) => {
      const jobFile = path.join(dir, `job-${i}.json`);
      fs.writeFileSync(jobFile, JSON.stringify({ shiftId: shift.id, sessions: half }));
      return startWorker(urlForDatabase(serverUrl, name), secretKey, jobFile);
    });
    try {
      await Promise.all(workers.map((w) => w.ready));
      // Closing stdin after "go" also lets each worker exit once it has answered.
      for (const w of workers) w.child.stdin.end('go\n');
      const statuses = (await Promise.all(workers.map((w) => w.finished))).flat();
      expectExactlyFilled(await outcome(handle.db, shift.id), statuses);
    } finally {
      for (const w of workers) if (w.child.exitCode === null) w.child.kill();
    }
  }, 180_000);
});
