import { eq } from 'drizzle-orm';
import type { Database } from '../../src/db/database.js';
import { applications, outbox, shifts, users } from '../../src/db/schema/index.js';

/** The rows the brokering journey checks after each step in the browser. */

export async function userIdOf(db: Database, email: string): Promise<string> {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (!row) throw new Error(`no user ${email}`);
  return row.id;
}

/** Every e-mail queued for `email` (none is sent in tests: they stay in the outbox). */
export function mailsTo(db: Database, email: string) {
  return db.select({ subject: outbox.subject, text: outbox.textBody }).from(outbox).where(eq(outbox.toAddress, email));
}

export async function applicationRow(db: Database, id: string) {
  const [row] = await db.select().from(applications).where(eq(applications.id, id));
  if (!row) throw new Error(`no application ${id}`);
  return row;
}

export async function seatsTaken(db: Database, shiftId: string): Promise<number> {
  const [row] = await db.select({ taken: shifts.seatsTaken }).from(shifts).where(eq(shifts.id, shiftId));
  if (!row) throw new Error(`no shift ${shiftId}`);
  return row.taken;
}
