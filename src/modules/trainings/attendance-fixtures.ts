import { eq } from 'drizzle-orm';
import type { Database } from '../../db/database.js';
import { trainingSessions } from '../../db/schema/index.js';
import { newCheckInCode } from '../check-in/code.js';

/**
 * Path fixtures of training attendance for the route matrix and hostile-input tests: the QR
 * check-in code (sessionCheckInCode) of the trainings fixtures' session of center A, whose roster,
 * sign-in sheet, check-in page, feedback and certificate routes use its sessionId and registrationId.
 */
export async function createAttendanceFixtures(db: Database, trainings: { sessionId?: string }): Promise<Record<string, string>> {
  if (!trainings.sessionId) throw new Error('attendance fixtures need the trainings fixtures’ session');
  const code = newCheckInCode();
  await db.update(trainingSessions).set({ checkInCode: code }).where(eq(trainingSessions.id, trainings.sessionId));
  return { sessionCheckInCode: code };
}
