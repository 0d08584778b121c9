import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { migrateDatabase } from '../db/migrate.js';
import { createNationalAdmin } from '../modules/accounts/first-admin-service.js';
import { type FirstAdminInput, firstAdminInput } from '../modules/accounts/schema.js';
import { openConfiguredDatabase } from './database-for-command.js';
import { runCommand, UsageError } from './run-command.js';

const usage = `Használat / usage:
  npm run admin:create -- --email admin@kozpont.hu --name "Családnév Utónév"
  npm run admin:create -- --email admin@kozpont.hu --family-name Kovács --given-name Anna

Creates a national administrator in the database that npm start uses (DATABASE_URL or DATA_DIR)
and prints a one-time link to set the password (valid for 24 hours). No password is ever printed.`;

/** Splits "Kovács Anna Mária" into the family name (first word, Hungarian order) and the rest. */
function splitName(name: string): { familyName: string; givenName: string } {
  const [familyName = '', ...given] = name.trim().split(/\s+/);
  return { familyName, givenName: given.join(' ') };
}

function parseInput(args: string[]): FirstAdminInput {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        'family-name': { type: 'string' },
        'given-name': { type: 'string' },
      },
    }));
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const names = typeof values.name === 'string' ? splitName(values.name) : { familyName: values['family-name'], givenName: values['given-name'] };
  const input = firstAdminInput.safeParse({ email: values.email, ...names });
  if (!input.success) {
    const fields = [...new Set(input.error.issues.map((i) => i.path.join('.')))].join(', ');
    throw new UsageError(`Hiányzó vagy hibás adat / missing or invalid: ${fields}`);
  }
  return input.data;
}

await runCommand(usage, async () => {
  const input = parseInput(process.argv.slice(2));
  const config = loadConfig();
  const handle = await openConfiguredDatabase(config);
  try {
    await migrateDatabase(handle);
    const result = await createNationalAdmin({ db: handle.db, config }, input);
    if (result.outcome === 'exists') {
      return (
        `Ez a cím már létezik, semmi sem változott / ${input.email} already has an account; nothing was changed.\n` +
        'Ha elfelejtette a jelszavát, kérjen új linket a belépési oldalon ("Elfelejtett jelszó").'
      );
    }
    return [
      `Országos adminisztrátor létrehozva / national administrator created: ${input.email}`,
      `Jelszó beállítása (egyszer használható, ${result.validHours} óráig érvényes) / set the password (one use, valid ${result.validHours} h):`,
      `  ${result.link}`,
    ].join('\n');
  } finally {
    await handle.close();
  }
});
