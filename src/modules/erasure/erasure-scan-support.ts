import { sql } from 'drizzle-orm';
import { type Queryable, queryRows } from '../../db/database.js';
import { containsPattern } from './personal-scrub.js';

/**
 * The whole-database scan of the erasure proof (erasure-scan.int.test.ts): every column of every
 * table in schema public, whatever its type (text, varchar, jsonb, arrays, dates, numbers, inet …),
 * read as text. The tables and columns come from information_schema, so a table or column added
 * later is scanned without anyone listing it.
 */
export type Column = { table: string; column: string };

export async function everyColumn(db: Queryable): Promise<Column[]> {
  return queryRows<Column>(
    db,
    sql`select c.table_name as "table", c.column_name as "column" from information_schema.columns c
        join information_schema.tables tb on tb.table_schema = c.table_schema and tb.table_name = c.table_name and tb.table_type = 'BASE TABLE'
        where c.table_schema = 'public' and c.data_type <> 'bytea'
        order by c.table_name, c.ordinal_position`,
  );
}

/**
 * "table.column" of every column that contains any of the texts (ILIKE, cast to text), keyed by
 * text: one query per table, a count per column and text.
 */
export async function whereFound(db: Queryable, columns: readonly Column[], texts: readonly string[]): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>(texts.map((t) => [t, []]));
  const tables = [...new Set(columns.map((c) => c.table))];
  for (const table of tables) {
    const own = columns.filter((c) => c.table === table);
    const tests = own.flatMap((c) => texts.map((text) => ({ c, text })));
    const counts = tests.map(
      ({ c, text }, i) => sql`count(*) filter (where ${sql.identifier(c.column)}::text ilike ${containsPattern(text)}) as ${sql.identifier(`h${i}`)}`,
    );
    const [row] = await queryRows<Record<string, number | string>>(db, sql`select ${sql.join(counts, sql`, `)} from ${sql.identifier(table)}`);
    tests.forEach(({ c, text }, i) => {
      if (Number(row?.[`h${i}`]) > 0) found.get(text)?.push(`${c.table}.${c.column}`);
    });
  }
  return found;
}

/** The whole text of every row, in any table, that names one of the ids anywhere (the rows linked to a person). */
export async function rowsNaming(db: Queryable, columns: readonly Column[], ids: readonly string[]): Promise<{ table: string; text: string }[]> {
  const out: { table: string; text: string }[] = [];
  for (const table of [...new Set(columns.map((c) => c.table))]) {
    const t = sql.identifier(table);
    const whole = sql`${t}::text`;
    const naming = sql.join(
      ids.map((id) => sql`${whole} like ${containsPattern(id)}`),
      sql` or `,
    );
    const rows = await queryRows<{ text: string }>(db, sql`select ${whole} as text from ${t} where ${naming}`);
    out.push(...rows.map((r) => ({ table, text: r.text })));
  }
  return out;
}
