import { sql } from 'drizzle-orm';
import { check, date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { opportunities, organizations, volunteers } from './brokering.js';
import { places } from './places.js';
import { centers } from './tenancy.js';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A school (iskola) taking part in school community service (IKSZ, HUNGARY.md §2). Kept apart from
 * host organizations: a school is a partner of a program, not a Köt. host. `om_id` is the school's
 * OM identifier (6 digits). `host_organization_id` is set when the school also hosts IKSZ itself
 * (133. § (1): the school itself is a possible place).
 */
export const schools = pgTable(
  'schools',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id),
    name: text('name').notNull(),
    sortKey: text('sort_key').notNull(),
    omId: text('om_id').notNull(),
    placeId: integer('place_id')
      .notNull()
      .references(() => places.id),
    address: text('address'),
    email: text('email'),
    phone: text('phone'),
    hostOrganizationId: uuid('host_organization_id').references(() => organizations.id, { onDelete: 'set null' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('schools_om_id_idx').on(t.omId), index('schools_center_idx').on(t.centerId)],
);

/**
 * Who acts for a school: its IKSZ coordinator (teacher) and class teachers (osztályfőnök), each
 * class teacher for the classes in `class_names` (e.g. '10.B').
 */
export const schoolMembers = pgTable(
  'school_members',
  {
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** 'coordinator' | 'class_teacher' */
    role: text('role').notNull(),
    classNames: text('class_names').array().notNull().default(sql`'{}'::text[]`),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.schoolId, t.userId] }),
    index('school_members_user_idx').on(t.userId),
    check('school_members_role_check', sql`${t.role} in ('coordinator', 'class_teacher')`),
  ],
);

/**
 * A school's own caps on top of the law (HUNGARY.md §2.1): `kind` at_school (hours at the school
 * itself) | per_host (hours at any one host); `mode` warn | refuse.
 */
export const ikszSchoolCaps = pgTable(
  'iksz_school_caps',
  {
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    maxHours: integer('max_hours').notNull(),
    mode: text('mode').notNull(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.schoolId, t.kind] }),
    check('iksz_school_caps_kind_check', sql`${t.kind} in ('at_school', 'per_host')`),
    check('iksz_school_caps_mode_check', sql`${t.mode} in ('warn', 'refuse')`),
    check('iksz_school_caps_hours_check', sql`${t.maxHours} between 1 and 50`),
  ],
);

/**
 * A student of a school in the IKSZ program: a volunteer profile (minors: with their guardian linked
 * through guardian_links), the class and grade (9–12; 133. § (4) spreads the service over 9–11),
 * the track, and an exemption with its reason (HUNGARY.md §2.1): adult_education | evening | sni |
 * over_25, which takes the student out of the "missing hours" counts.
 */
export const ikszStudents = pgTable(
  'iksz_students',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id, { onDelete: 'cascade' }),
    volunteerId: uuid('volunteer_id')
      .notNull()
      .references(() => volunteers.id, { onDelete: 'cascade' }),
    className: text('class_name').notNull(),
    grade: integer('grade').notNull(),
    /** 'gimnazium' | 'technikum' | 'szakgimnazium' | 'other' */
    track: text('track').notNull().default('gimnazium'),
    exemptReason: text('exempt_reason'),
    exemptNote: text('exempt_note'),
    exemptRecordedBy: uuid('exempt_recorded_by').references(() => users.id, { onDelete: 'set null' }),
    /** Set when the student left the school (a transfer certificate was issued or they finished). */
    leftOn: date('left_on', { mode: 'string' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('iksz_students_school_volunteer_idx').on(t.schoolId, t.volunteerId),
    index('iksz_students_volunteer_idx').on(t.volunteerId),
    index('iksz_students_class_idx').on(t.schoolId, t.className),
    check('iksz_students_grade_check', sql`${t.grade} between 9 and 13`),
    check('iksz_students_exempt_check', sql`${t.exemptReason} is null or ${t.exemptReason} in ('adult_education', 'evening', 'sni', 'over_25')`),
  ],
);

/**
 * The yearly application form (jelentkezési lap) with the guardian's agreeing statement
 * (HUNGARY.md §2.2): one per student and school year ('2026/2027'), with the planned place and time.
 */
export const ikszGuardianAgreements = pgTable(
  'iksz_guardian_agreements',
  {
    studentId: uuid('student_id')
      .notNull()
      .references(() => ikszStudents.id, { onDelete: 'cascade' }),
    schoolYear: text('school_year').notNull(),
    plannedPlace: text('planned_place'),
    plannedTime: text('planned_time'),
    /** The guardian who agreed (their own account), or null when the school recorded a paper form. */
    guardianUserId: uuid('guardian_user_id').references(() => users.id, { onDelete: 'set null' }),
    agreedOn: date('agreed_on', { mode: 'string' }).notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.studentId, t.schoolYear] })],
);

/**
 * A cooperation agreement (együttműködési megállapodás) between a school and a host (HUNGARY.md
 * §2.2): the parties, duration, the mentor's name and tasks, the 133. § (2) areas (a–h), the body
 * generated from the editable template, and the days each side signed. Valid on a day when both
 * signed and the day is within [starts_on, ends_on].
 */
export const ikszAgreements = pgTable(
  'iksz_agreements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    mentorName: text('mentor_name').notNull(),
    mentorTasks: text('mentor_tasks').notNull(),
    areas: text('areas').array().notNull().default(sql`'{}'::text[]`),
    body: text('body').notNull(),
    schoolSignedOn: date('school_signed_on', { mode: 'string' }),
    hostSignedOn: date('host_signed_on', { mode: 'string' }),
    /** When the expiry warning went out (30 days before ends_on), so it goes once. */
    expiryWarnedAt: ts('expiry_warned_at'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('iksz_agreements_school_idx').on(t.schoolId, t.endsOn),
    index('iksz_agreements_org_idx').on(t.organizationId, t.endsOn),
    check('iksz_agreements_range_check', sql`${t.startsOn} <= ${t.endsOn}`),
  ],
);

/**
 * One occasion of a student's IKSZ log (napló, 133. § (8)): a ledger of its own, never counted as
 * Köt. volunteering hours. `kind` service | preparation | closing (the last two logged by the
 * school, at most 5 h each, 133. § (5)). `serial` numbers the student's log entries (the KRÉTA
 * form's "log serial number"). Status: logged → certified (by the host) → accepted (by the school);
 * rejected by either with a reason. `distance_reason` records why a place over 30 km was chosen.
 */
export const ikszOccasions = pgTable(
  'iksz_occasions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    studentId: uuid('student_id')
      .notNull()
      .references(() => ikszStudents.id, { onDelete: 'cascade' }),
    schoolId: uuid('school_id')
      .notNull()
      .references(() => schools.id, { onDelete: 'cascade' }),
    organizationId: uuid('organization_id').references(() => organizations.id),
    opportunityId: uuid('opportunity_id').references(() => opportunities.id, { onDelete: 'set null' }),
    serial: integer('serial').notNull(),
    kind: text('kind').notNull().default('service'),
    schoolYear: text('school_year').notNull(),
    activityDay: date('activity_day', { mode: 'string' }).notNull(),
    startsAt: ts('starts_at').notNull(),
    endsAt: ts('ends_at').notNull(),
    minutes: integer('minutes').notNull(),
    placeText: text('place_text').notNull(),
    placeId: integer('place_id').references(() => places.id),
    area: text('area').notNull(),
    activity: text('activity').notNull(),
    mentorName: text('mentor_name'),
    distanceReason: text('distance_reason'),
    /** A school cap in 'warn' mode was exceeded: which (at_school | per_host), kept for the school's view. */
    capWarning: text('cap_warning'),
    status: text('status').notNull().default('logged'),
    statusReason: text('status_reason'),
    loggedBy: uuid('logged_by').references(() => users.id, { onDelete: 'set null' }),
    certifiedBy: uuid('certified_by').references(() => users.id, { onDelete: 'set null' }),
    certifiedAt: ts('certified_at'),
    acceptedBy: uuid('accepted_by').references(() => users.id, { onDelete: 'set null' }),
    acceptedAt: ts('accepted_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('iksz_occasions_serial_idx').on(t.studentId, t.serial),
    index('iksz_occasions_student_idx').on(t.studentId, t.activityDay),
    index('iksz_occasions_school_status_idx').on(t.schoolId, t.status),
    index('iksz_occasions_org_status_idx').on(t.organizationId, t.status),
    check('iksz_occasions_kind_check', sql`${t.kind} in ('service', 'preparation', 'closing')`),
    check('iksz_occasions_status_check', sql`${t.status} in ('logged', 'certified', 'accepted', 'rejected')`),
    check('iksz_occasions_area_check', sql`${t.area} in ('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h')`),
    check('iksz_occasions_minutes_check', sql`${t.minutes} > 0 and ${t.minutes} <= 300`),
    check('iksz_occasions_times_check', sql`${t.endsAt} > ${t.startsAt}`),
    check('iksz_occasions_host_check', sql`${t.kind} <> 'service' or ${t.organizationId} is not null`),
  ],
);

/** A transfer certificate (igazolás) of completed hours for a student changing school: two copies, a verification code. */
export const ikszTransferCertificates = pgTable(
  'iksz_transfer_certificates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    studentId: uuid('student_id')
      .notNull()
      .references(() => ikszStudents.id, { onDelete: 'cascade' }),
    verificationCode: text('verification_code').notNull(),
    minutes: integer('minutes').notNull(),
    issuedOn: date('issued_on', { mode: 'string' }).notNull(),
    issuedBy: uuid('issued_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('iksz_transfer_certificates_code_idx').on(t.verificationCode), index('iksz_transfer_certificates_student_idx').on(t.studentId)],
);
