import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { appMeta, places } from '../../db/schema/index.js';
import { hungarianSortKey } from '../../platform/hungarian-sort-key.js';
import { forgetPlaceFingerprint, placesFingerprintKey } from './place-index.js';
import { displayName, searchKeys } from './place-names.js';

export const settlementsCsvPath = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../data/hu-settlements.csv');

type CsvRow = {
  name: string;
  county: string;
  district: string;
  ksh_code: string;
  postal_codes: string;
  lat: string;
  lon: string;
  settlement_type: string;
  population: string;
};

/** The summary row for all of Budapest; it overlaps the 23 districts (see data/hu-settlements.README.md). */
export const budapestSummaryKsh = '13578';

/** Where the fingerprint of the imported rows is kept (app_meta key). */
const fingerprintKey = placesFingerprintKey;

export function readSettlements(csvPath = settlementsCsvPath) {
  const rows = parse(fs.readFileSync(csvPath, 'utf8'), { columns: true, skip_empty_lines: true }) as CsvRow[];
  return rows.map((r) => ({
    kshCode: r.ksh_code,
    officialName: r.name,
    name: displayName(r.name),
    county: r.county,
    district: r.district || null,
    postalCodes: r.postal_codes.split(';').filter(Boolean),
    lat: Number(r.lat),
    lon: Number(r.lon),
    settlementType: r.settlement_type,
    population: Number(r.population),
    isSummary: r.ksh_code === budapestSummaryKsh,
    searchKeys: searchKeys(r.name),
    sortKey: hungarianSortKey(displayName(r.name)),
  }));
}

/** Whether any settlement was imported before (a fresh database has none). */
export async function hasPlaces(db: Database): Promise<boolean> {
  const [row] = await db.select({ id: places.id }).from(places).limit(1);
  return row !== undefined;
}

/**
 * Loads the settlements on every start, and reloads them when the CSV or the derived forms
 * (display names, search keys, sort keys) changed since the last load — so a fix to the name
 * matching reaches existing installations too. Upserts by KSH code and keeps row ids, because
 * centers, points and people refer to places by id; rows are never deleted for the same reason.
 * Returns the number of rows written (0 when nothing changed).
 */
export async function ensurePlacesImported(db: Database): Promise<number> {
  const rows = readSettlements();
  const fingerprint = createHash('sha256').update(JSON.stringify(rows)).digest('hex');
  const [stored] = await db.select({ value: appMeta.value }).from(appMeta).where(eq(appMeta.key, fingerprintKey));
  if (stored?.value === fingerprint) return 0;
  await db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += 500) {
      await tx
        .insert(places)
        .values(rows.slice(i, i + 500))
        .onConflictDoUpdate({
          target: places.kshCode,
          set: {
            officialName: sql`excluded.official_name`,
            name: sql`excluded.name`,
            county: sql`excluded.county`,
            district: sql`excluded.district`,
            postalCodes: sql`excluded.postal_codes`,
            lat: sql`excluded.lat`,
            lon: sql`excluded.lon`,
            settlementType: sql`excluded.settlement_type`,
            population: sql`excluded.population`,
            isSummary: sql`excluded.is_summary`,
            searchKeys: sql`excluded.search_keys`,
            sortKey: sql`excluded.sort_key`,
          },
        });
    }
    await tx
      .insert(appMeta)
      .values({ key: fingerprintKey, value: fingerprint })
      .onConflictDoUpdate({ target: appMeta.key, set: { value: fingerprint, updatedAt: new Date() } });
  });
  forgetPlaceFingerprint(db);
  return rows.length;
}
