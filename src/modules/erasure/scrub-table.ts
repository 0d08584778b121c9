import { type SQL, sql } from 'drizzle-orm';
import { type Queryable, queryRows } from '../../db/database.js';
import { jsonTextForm } from './derived-forms.js';
import { withoutPersonalFields } from './personal-keys.js';
import { containsPattern, type Needle, type Scrubber } from './personal-scrub.js';

/** `column in (…)`, or false for no values. */
export const inList = (column: SQL, values: readonly string[]): SQL =>
  values.length === 0
    ? sql`false`
    : sql`${column} in (${sql.join(
        values.map((v) => sql`${v}`),
        sql`, `,
      )})`;

/**
 * True when any of the columns contains any needle (case-insensitive), as it reads in a text column
 * or inside JSON text (a sort key's control characters are escaped there); the scrubber decides exactly.
 */
function mentions(columns: readonly SQL[], needles: readonly Needle[]): SQL {
  const patterns = [...new Set(needles.flatMap((n) => [n.text, jsonTextForm(n.text)]))].map(containsPattern);
  if (patterns.length === 0) return sql`false`;
  const tests = columns.flatMap((c) => patterns.map((p) => sql`${c} ilike ${p}`));
  return sql`(${sql.join(tests, sql` or `)})`;
}

/**
 * One table's free-text and JSON columns. `linked` is a SQL condition that says a row belongs to the
 * person (their placement, their hour entry, an audit entry about them …). Linked rows lose every
 * needle, and their JSON loses every personal field by name (personal-keys.ts); other rows are read
 * only when they mention a strong needle, and lose those.
 * Table and column names are constants of the anonymiser, never input.
 */
export type TextTable = { table: string; id: string; texts: string[]; jsons?: string[]; linked: SQL };

export type Scrubbers = { strongNeedles: readonly Needle[]; all: Scrubber; strong: Scrubber };

/** Scrubs one table; returns how many rows changed. */
export async function scrubTable(tx: Queryable, spec: TextTable, scrub: Scrubbers): Promise<number> {
  const id = sql.identifier(spec.id);
  const texts = spec.texts.map((c) => sql`${sql.identifier(c)}`);
  const jsons = (spec.jsons ?? []).map((c) => sql`${sql.identifier(c)}`);
  const searchable = [...texts, ...jsons.map((c) => sql`${c}::text`)];
  const rows = await queryRows<Record<string, unknown>>(
    tx,
    sql`select ${id}::text as "rowId", (${spec.linked}) as "linked", ${sql.join([...texts, ...jsons], sql`, `)}
        from ${sql.identifier(spec.table)}
        where (${spec.linked}) or ${mentions(searchable, scrub.strongNeedles)}`,
  );
  let changed = 0;
  for (const row of rows) {
    const linked = row.linked === true;
    const scrubber = linked ? scrub.all : scrub.strong;
    const sets: SQL[] = [];
    for (const c of spec.texts) {
      const value = row[c];
      if (typeof value !== 'string') continue;
      const next = scrubber.text(value);
      if (next !== value) sets.push(sql`${sql.identifier(c)} = ${next}`);
    }
    for (const c of spec.jsons ?? []) {
      const value = row[c];
      if (value == null) continue;
      // pg and PGlite both hand jsonb over parsed; a string here would be a JSON string value.
      const next = scrubber.json(linked ? withoutPersonalFields(value) : value);
      if (JSON.stringify(next) !== JSON.stringify(value)) sets.push(sql`${sql.identifier(c)} = ${JSON.stringify(next)}::jsonb`);
    }
    if (sets.length === 0) continue;
    await tx.execute(sql`update ${sql.identifier(spec.table)} set ${sql.join(sets, sql`, `)} where ${id}::text = ${row.rowId as string}`);
    changed += 1;
  }
  return changed;
}
