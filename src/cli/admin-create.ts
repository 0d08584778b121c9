import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import { DataDirLockedError } from '../db/data-dir-lock.js';
import { migrateDatabase } from '../db/migrate.js';
import { createNationalAdmin } from '../modules/accounts/first-admin-service.js';
import { firstAdminInput } from '../modules/accounts/schema.js';
import { openConfiguredDatabase } from './database-for-command.js';

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

async function main(): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        'family-name': { type: 'string' },
        'given-name': { type: 'string' },
        help: { type: 'boolean' },
      },
    }));
  } catch (err) {
    console.error(`${(err as Error).message}\n\n${usage}`);
    return 2;
  }
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const names =
    typeof values.name === 'string'
      ? splitName(values.name)
      : { familyName: values['family-name'], givenName: values['given-name'] };
  const input = firstAdminInput.safeParse({ email: values.email, ...names });
  if (!input.success) {
    const fields = [...new Set(input.error.issues.map((i) => i.path.join('.')))].join(', ');
    console.error(`Hiányzó vagy hibás adat / missing or invalid: ${fields}\n\n${usage}`);
    return 2;
  }
  const config = loadConfig();
  const handle = await openConfiguredDatabase(config);
  try {
    await migrateDatabase(handle);
    const result = await createNationalAdmin({ db: handle.db, config }, input.data);
    if (result.outcome === 'exists') {
      console.log(
        `Ez a cím már létezik, semmi sem változott / ${input.data.email} already has an account; nothing was changed.\n` +
          'Ha elfelejtette a jelszavát, kérjen új linket a belépési oldalon ("Elfelejtett jelszó").',
      );
      return 0;
    }
    console.log(
      [
        `Országos adminisztrátor létrehozva / national administrator created: ${input.data.email}`,
        `Jelszó beállítása (egyszer használható, ${result.validHours} óráig érvényes) / set the password (one use, valid ${result.validHours} h):`,
        `  ${result.link}`,
      ].join('\n'),
    );
    return 0;
  } finally {
    await handle.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    if (err instanceof ConfigError || err instanceof DataDirLockedError) console.error(`Kapocs: ${err.message}`);
    else console.error('admin:create failed:', err);
    process.exit(1);
  },
);
