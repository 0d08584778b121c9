import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { organizations, volunteerQualifications, volunteers } from './brokering.js';
import { places } from './places.js';
import { centers } from './tenancy.js';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A training course (képzés, issue 14): national (center_id null, national admins) or a center's.
 * `audience` volunteer | organization | coordinator | trainer. A completed course grants
 * `qualification_name` (the same name opportunities require; volunteer-law/eligibility.ts compares
 * them case- and space-insensitively) valid for `validity_months` (null: without expiry).
 * `readiness_areas` lists the organization-readiness gaps (trainings/readiness.ts) it remedies.
 */
export const trainingCourses = pgTable(
  'training_courses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centerId: uuid('center_id').references(() => centers.id, { onDelete: 'cascade' }),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    sortKey: text('sort_key').notNull(),
    audience: text('audience').notNull(),
    summary: text('summary').notNull(),
    description: text('description').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    prerequisites: text('prerequisites'),
    qualificationName: text('qualification_name'),
    validityMonths: integer('validity_months'),
    /** Minimum age on the session day (the law's 10 years when null; guardians as for opportunities). */
    minAge: integer('min_age'),
    readinessAreas: text('readiness_areas').array().notNull().default(sql`'{}'::text[]`),
    /** draft | published | archived */
    status: text('status').notNull().default('draft'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('training_courses_slug_idx').on(t.slug),
    index('training_courses_center_idx').on(t.centerId, t.status),
    check('training_courses_audience_check', sql`${t.audience} in ('volunteer', 'organization', 'coordinator', 'trainer')`),
    check('training_courses_status_check', sql`${t.status} in ('draft', 'published', 'archived')`),
    check('training_courses_duration_check', sql`${t.durationMinutes} > 0`),
    check('training_courses_validity_check', sql`${t.validityMonths} is null or ${t.validityMonths} > 0`),
  ],
);

/**
 * One session of a course: when, where (a settlement and address, or online), the trainer, the
 * capacity and how long an offered seat is held for someone from the waitlist. `seats_taken` is
 * changed only under a row lock on the session (as shifts.seats_taken), so it never exceeds
 * `capacity`. `check_in_code` is the session's QR check-in code (check-in/code.ts).
 */
export const trainingSessions = pgTable(
  'training_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    courseId: uuid('course_id')
      .notNull()
      .references(() => trainingCourses.id, { onDelete: 'cascade' }),
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id),
    startsAt: ts('starts_at').notNull(),
    endsAt: ts('ends_at').notNull(),
    online: boolean('online').notNull().default(false),
    placeId: integer('place_id').references(() => places.id),
    address: text('address'),
    onlineUrl: text('online_url'),
    trainerUserId: uuid('trainer_user_id').references(() => users.id, { onDelete: 'set null' }),
    trainerName: text('trainer_name').notNull(),
    capacity: integer('capacity').notNull(),
    seatsTaken: integer('seats_taken').notNull().default(0),
    holdHours: integer('hold_hours').notNull().default(48),
    checkInCode: text('check_in_code').unique('training_sessions_check_in_code_unique'),
    cancelledAt: ts('cancelled_at'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('training_sessions_course_idx').on(t.courseId, t.startsAt),
    index('training_sessions_center_idx').on(t.centerId, t.startsAt),
    check('training_sessions_times_check', sql`${t.endsAt} > ${t.startsAt}`),
    check('training_sessions_capacity_check', sql`${t.capacity} > 0 and ${t.seatsTaken} >= 0 and ${t.seatsTaken} <= ${t.capacity}`),
    check('training_sessions_hold_check', sql`${t.holdHours} between 1 and 336`),
    check('training_sessions_place_check', sql`${t.online} or ${t.placeId} is not null`),
  ],
);

/**
 * A participant of a session: a volunteer (volunteer_id), a staff member of an organization
 * (user_id, with organization_id), or a walk-in recorded by staff (name only). `participant_name`
 * is what the sign-in sheet prints. Status: registered | waitlisted | offered | declined |
 * cancelled | attended | completed | no_show. `holds_seat` is true exactly while the registration
 * counts in `training_sessions.seats_taken`. Completing grants the course's qualification:
 * `qualification_id` is the volunteer_qualifications row it made.
 */
export const trainingRegistrations = pgTable(
  'training_registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => trainingSessions.id, { onDelete: 'cascade' }),
    volunteerId: uuid('volunteer_id').references(() => volunteers.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id').references(() => organizations.id, { onDelete: 'set null' }),
    participantName: text('participant_name').notNull(),
    participantEmail: text('participant_email'),
    status: text('status').notNull(),
    holdsSeat: boolean('holds_seat').notNull().default(false),
    waitlistedAt: ts('waitlisted_at'),
    offerExpiresAt: ts('offer_expires_at'),
    checkedInAt: ts('checked_in_at'),
    completedAt: ts('completed_at'),
    completedBy: uuid('completed_by').references(() => users.id, { onDelete: 'set null' }),
    qualificationId: uuid('qualification_id').references(() => volunteerQualifications.id, { onDelete: 'set null' }),
    registeredBy: uuid('registered_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('training_registrations_session_idx').on(t.sessionId, t.status, t.waitlistedAt),
    index('training_registrations_volunteer_idx').on(t.volunteerId),
    index('training_registrations_offer_idx').on(t.offerExpiresAt).where(sql`${t.status} = 'offered'`),
    uniqueIndex('training_registrations_volunteer_once_idx')
      .on(t.sessionId, t.volunteerId)
      .where(sql`${t.volunteerId} is not null and ${t.status} not in ('cancelled', 'declined')`),
    uniqueIndex('training_registrations_user_once_idx')
      .on(t.sessionId, t.userId)
      .where(sql`${t.userId} is not null and ${t.status} not in ('cancelled', 'declined')`),
    check(
      'training_registrations_status_check',
      sql`${t.status} in ('registered', 'waitlisted', 'offered', 'declined', 'cancelled', 'attended', 'completed', 'no_show')`,
    ),
  ],
);

/** The one reminder a volunteer gets when a qualification expires within 60 days (trainings/expiry-reminders.ts). */
export const qualificationReminders = pgTable('qualification_reminders', {
  qualificationId: uuid('qualification_id')
    .primaryKey()
    .references(() => volunteerQualifications.id, { onDelete: 'cascade' }),
  sentAt: ts('sent_at').notNull().defaultNow(),
});

/** Feedback after a session: 1–5 scales and a comment, once per registration. */
export const trainingFeedback = pgTable(
  'training_feedback',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => trainingRegistrations.id, { onDelete: 'cascade' }),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => trainingSessions.id, { onDelete: 'cascade' }),
    contentRating: integer('content_rating').notNull(),
    trainerRating: integer('trainer_rating').notNull(),
    usefulnessRating: integer('usefulness_rating').notNull(),
    comment: text('comment'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('training_feedback_registration_idx').on(t.registrationId),
    index('training_feedback_session_idx').on(t.sessionId),
    check(
      'training_feedback_ratings_check',
      sql`${t.contentRating} between 1 and 5 and ${t.trainerRating} between 1 and 5 and ${t.usefulnessRating} between 1 and 5`,
    ),
  ],
);

/** An experience-exchange meeting (tapasztalatcsere) of host organizations. */
export const exchangeMeetings = pgTable(
  'exchange_meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    theme: text('theme').notNull(),
    place: text('place'),
    notes: text('notes'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('exchange_meetings_center_idx').on(t.centerId, t.heldOn)],
);

/** An organization invited to a meeting, and whether it attended. */
export const exchangeMeetingOrganizations = pgTable(
  'exchange_meeting_organizations',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => exchangeMeetings.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    attended: boolean('attended').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.organizationId] }), index('exchange_meeting_organizations_org_idx').on(t.organizationId)],
);

/** A follow-up agreed at a meeting: what, who (an organization or the center), by when, and when done. */
export const exchangeMeetingActions = pgTable(
  'exchange_meeting_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => exchangeMeetings.id, { onDelete: 'cascade' }),
    description: text('description').notNull(),
    organizationId: uuid('organization_id').references(() => organizations.id, { onDelete: 'set null' }),
    dueOn: date('due_on', { mode: 'string' }),
    doneAt: ts('done_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('exchange_meeting_actions_meeting_idx').on(t.meetingId)],
);

/**
 * An organization's readiness self-assessment: `answers` maps each area (trainings/readiness.ts:
 * coordinator, induction, insurance, contract, register, supervision, recognition) to
 * 'yes' | 'partly' | 'no'. Every submission is kept; the latest counts.
 */
export const organizationReadiness = pgTable(
  'organization_readiness',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    answers: jsonb('answers').$type<Record<string, 'yes' | 'partly' | 'no'>>().notNull(),
    gaps: text('gaps').array().notNull().default(sql`'{}'::text[]`),
    submittedBy: uuid('submitted_by').references(() => users.id, { onDelete: 'set null' }),
    submittedAt: ts('submitted_at').notNull().defaultNow(),
  },
  (t) => [index('organization_readiness_org_idx').on(t.organizationId, t.submittedAt.desc())],
);
