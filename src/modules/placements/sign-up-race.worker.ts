/**
 * One app process of the sign-up race (concurrency.int.test.ts): builds the whole app over the
 * given PostgreSQL database, reports "ready", waits for "go" on stdin, then fires every sign-up
 * request at once and prints the status codes as JSON. Run with `npx tsx`.
 * argv: <database url> <secret key> <json file: { shiftId, sessions: string[] }>
 */
import fs from 'node:fs';
import readline from 'node:readline';
import { buildApp } from '../../app.js';
import { loadConfig } from '../../config.js';
import { openDatabase } from '../../db/connection.js';
import { personaHeaders } from '../../test-support/personas.js';

const [url, secretKey, jobFile] = process.argv.slice(2) as [string, string, string];
const job = JSON.parse(fs.readFileSync(jobFile, 'utf8')) as { shiftId: string; sessions: string[] };

const handle = await openDatabase({ kind: 'postgres', url, poolSize: 12 });
const config = loadConfig({ NODE_ENV: 'test', SECRET_KEY: secretKey, LOG_LEVEL: 'silent' });
const app = await buildApp({ db: handle.db, dbHandle: handle, config });
// Server errors are reported back, so a failing race says why.
const errors: string[] = [];
app.addHook('onError', async (_req, _reply, err) => {
  errors.push(String(err.message).slice(0, 200));
});
await app.ready();
process.stdout.write('ready\n');

const lines = readline.createInterface({ input: process.stdin });
for await (const line of lines) if (line.trim() === 'go') break;
lines.close();
process.stdin.destroy();

const statuses = await Promise.all(
  job.sessions.map(async (session) => {
    const { cookie, csrfToken } = personaHeaders(secretKey, session);
    const res = await app.inject({
      method: 'POST',
      url: `/shifts/${job.shiftId}/signup`,
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: csrfToken }).toString(),
    });
    return res.statusCode;
  }),
);
process.stdout.write(`${JSON.stringify({ statuses, errors: [...new Set(errors)] })}\n`);
await app.close();
await handle.close();
