import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { places } from '../../db/schema/index.js';
import { hungarianSortKey } from '../../platform/hungarian-sort-key.js';
import { displayName, searchKeys } from './place-names.js';

export const settlementsCsvPath = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../data/hu-settlements.csv',
);

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
const budapestSummaryKsh = '13578';

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

/**
 * Loads the settlements when the table is empty (reference data, needed in production too, so it
 * runs on every start, not only with the demo). Upserts by KSH code, so re-running is harmless.
 */
export async function ensurePlacesImported(db: Database): Promise<number> {
  const [{ count } = { count: 0 }] = (await db.select({ count: sql<number>`count(*)::int` }).from(places)) as {
    count: number;
  }[];
  if (count > 0) return 0;
  const rows = readSettlements();
  await db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += 500) {
      await tx
        .insert(places)
        .values(rows.slice(i, i + 500))
        .onConflictDoNothing({ target: places.kshCode });
    }
  });
  return rows.length;
}
