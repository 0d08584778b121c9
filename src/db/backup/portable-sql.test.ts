import { describe, expect, it } from 'vitest';
import { pgToolConnection } from './pg-tools.js';
import { sqlForConnection } from './sql-payload.js';

describe('sqlForConnection', () => {
  it("drops psql's \\restrict lines at the ends and PostgreSQL 17's transaction_timeout, nothing else", () => {
    const data = "INSERT INTO public.t (a) VALUES ('line one\n\\restrict kept inside data');";
    const script = `\\restrict abc123\nSET statement_timeout = 0;\nSET transaction_timeout = 0;\n${data}\n\\unrestrict abc123\n\n`;
    const out = sqlForConnection(script);
    expect(out).not.toMatch(/^\\(un)?restrict abc123$/m);
    expect(out).not.toContain('transaction_timeout');
    expect(out).toContain('SET statement_timeout = 0;');
    expect(out).toContain(data);
  });
});

describe('pgToolConnection', () => {
  it('keeps the password off the command line and passes it in PGPASSWORD', () => {
    const { dbnameArg, env } = pgToolConnection('postgres://kapocs:s%40cret@db.example:5433/kapocs?sslmode=require');
    expect(dbnameArg).toBe('postgres://kapocs@db.example:5433/kapocs?sslmode=require');
    expect(env.PGPASSWORD).toBe('s@cret');
  });
});
