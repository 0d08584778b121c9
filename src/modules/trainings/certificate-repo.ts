import { eq } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import { centers, trainingCourses, trainingRegistrations, trainingSessions, volunteerQualifications, volunteers } from '../../db/schema/index.js';

/** A volunteer's registration with what its certificate states: the course, the session, the center and the qualification granted. */
export async function findRegistrationForCertificate(db: Queryable, registrationId: string) {
  const [row] = await db
    .select({
      registrationId: trainingRegistrations.id,
      status: trainingRegistrations.status,
      volunteerId: volunteers.id,
      holderUserId: volunteers.userId,
      familyName: volunteers.familyName,
      givenName: volunteers.givenName,
      centerId: trainingSessions.centerId,
      centerName: centers.name,
      startsAt: trainingSessions.startsAt,
      trainer: trainingSessions.trainerName,
      courseTitle: trainingCourses.title,
      durationMinutes: trainingCourses.durationMinutes,
      qualification: volunteerQualifications.name,
      validUntil: volunteerQualifications.validUntil,
    })
    .from(trainingRegistrations)
    .innerJoin(volunteers, eq(volunteers.id, trainingRegistrations.volunteerId))
    .innerJoin(trainingSessions, eq(trainingSessions.id, trainingRegistrations.sessionId))
    .innerJoin(trainingCourses, eq(trainingCourses.id, trainingSessions.courseId))
    .innerJoin(centers, eq(centers.id, trainingSessions.centerId))
    .leftJoin(volunteerQualifications, eq(volunteerQualifications.id, trainingRegistrations.qualificationId))
    .where(eq(trainingRegistrations.id, registrationId));
  return row;
}
