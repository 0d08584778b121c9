import { sql } from 'drizzle-orm';
import { type Queryable, queryRows } from '../../db/database.js';
import { withDates } from './attendance-repo.js';

/** One session the volunteer took part in, with what came of it: the qualification, the feedback, a certificate. */
export type TrainingHistoryRow = {
  registrationId: string;
  status: 'attended' | 'completed' | 'no_show';
  courseTitle: string;
  courseSlug: string;
  startsAt: Date;
  qualificationName: string | null;
  validUntil: string | null;
  feedbackGiven: boolean;
  certificateId: string | null;
};

/** The account's volunteer's sessions that took place for them (attended, completed, no-show), newest first. */
export async function findTrainingHistory(db: Queryable, userId: string): Promise<TrainingHistoryRow[]> {
  const rows = await queryRows<TrainingHistoryRow>(
    db,
    sql`select r.id as "registrationId", r.status, c.title as "courseTitle", c.slug as "courseSlug", s.starts_at as "startsAt",
               q.name as "qualificationName", q.valid_until::text as "validUntil",
               exists (select 1 from training_feedback f where f.registration_id = r.id) as "feedbackGiven",
               (select ce.id from certificates ce where ce.training_registration_id = r.id and ce.revoked_at is null
                 order by ce.issued_at desc limit 1) as "certificateId"
          from training_registrations r
          join volunteers v on v.id = r.volunteer_id
          join training_sessions s on s.id = r.session_id
          join training_courses c on c.id = s.course_id
          left join volunteer_qualifications q on q.id = r.qualification_id
         where v.user_id = ${userId} and r.status in ('attended', 'completed', 'no_show')
         order by s.starts_at desc, r.id`,
  );
  return withDates(rows, 'startsAt');
}
