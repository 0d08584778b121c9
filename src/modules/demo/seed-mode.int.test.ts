import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../db/connection.js';
import { createUser } from '../../test-support/factories.js';
import { createTestDatabase } from '../../test-support/test-database.js';
import { seedDemoData, wantsDemoData } from './seed.js';

let empty: DatabaseHandle;
let used: DatabaseHandle;
beforeAll(async () => {
  [empty, used] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  await createUser(used.db, { email: 'valodi.ember@kozpont.example' });
}, 60_000);
afterAll(async () => {
  await Promise.all([empty?.close(), used?.close()]);
});

describe('SEED_DEMO decides whether a start loads the demo data', () => {
  it('never loads it with never', async () => {
    expect(await wantsDemoData(empty.db, 'never')).toBe(false);
  });

  it('auto loads it into an empty database only, never beside real users', async () => {
    expect(await wantsDemoData(empty.db, 'auto')).toBe(true);
    expect(await wantsDemoData(used.db, 'auto')).toBe(false);
  });

  it('always loads it once, even beside other users', async () => {
    expect(await wantsDemoData(used.db, 'always')).toBe(true);
    expect(await seedDemoData(used.db)).toBe(true);
    expect(await wantsDemoData(used.db, 'always')).toBe(false);
    expect(await wantsDemoData(used.db, 'auto')).toBe(false);
  });
});
