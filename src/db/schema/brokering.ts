import { sql } from 'drizzle-orm';
import { bigserial, boolean, date, doublePrecision, index, integer, jsonb, pgTable, serial, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { places } from './places.js';
import { centers, points } from './tenancy.js';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/** Managed lists (causes, skills): a slug is stored on profiles and opportunities. */
export const causes = pgTable('causes', {
  id: serial('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  nameHu: text('name_hu').notNull(),
  nameEn: text('name_en').notNull(),
  position: integer('position').notNull().default(0),
  active: boolean('active').notNull().default(true),
});

export const skills = pgTable('skills', {
  id: serial('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  nameHu: text('name_hu').notNull(),
  nameEn: text('name_en').notNull(),
  position: integer('position').notNull().default(0),
  active: boolean('active').notNull().default(true),
});

/**
 * A volunteer: a person who may or may not have a login (staff register walk-in and phone
 * volunteers without e-mail). Certificates: only status, date and who checked (HUNGARY.md §4).
 */
export const volunteers = pgTable(
  'volunteers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    centerId: uuid('center_id').references(() => centers.id),
    pointId: uuid('point_id').references(() => points.id),
    familyName: text('family_name').notNull(),
    givenName: text('given_name').notNull(),
    sortKey: text('sort_key').notNull(),
    birthDate: date('birth_date', { mode: 'string' }),
    email: text('email'),
    phone: text('phone'),
    homePlaceId: integer('home_place_id').references(() => places.id),
    /** Copied from the home place so the matching pre-filter is one indexed range scan. */
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    travelRadiusKm: integer('travel_radius_km'),
    remoteOnly: boolean('remote_only').notNull().default(false),
    causes: text('causes').array().notNull().default(sql`'{}'::text[]`),
    skills: text('skills').array().notNull().default(sql`'{}'::text[]`),
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    /** Weekly availability slots "mon-morning" … "sun-evening". */
    availability: text('availability').array().notNull().default(sql`'{}'::text[]`),
    /** 'individual' | 'group' | 'any' */
    groupPreference: text('group_preference').notNull().default('any'),
    accessibilityNeeds: text('accessibility_needs'),
    bio: text('bio'),
    guardianName: text('guardian_name'),
    guardianEmail: text('guardian_email'),
    guardianPhone: text('guardian_phone'),
    guardianConsentAt: ts('guardian_consent_at'),
    guardianConsentRecordedBy: uuid('guardian_consent_recorded_by'),
    /** 'unknown' | 'fit' | 'not_fit' */
    healthStatus: text('health_status').notNull().default('unknown'),
    healthCheckedAt: date('health_checked_at', { mode: 'string' }),
    healthCheckedBy: uuid('health_checked_by'),
    /** Good-conduct certificate (erkölcsi bizonyítvány): 'unknown' | 'clear' | 'not_clear' */
    conductStatus: text('conduct_status').notNull().default('unknown'),
    conductCheckedAt: date('conduct_checked_at', { mode: 'string' }),
    conductCheckedBy: uuid('conduct_checked_by'),
    /** 'none' | 'daily' | 'weekly' */
    alertFrequency: text('alert_frequency').notNull().default('none'),
    alertsSentAt: ts('alerts_sent_at'),
    calendarTokenHash: text('calendar_token_hash'),
    claimTokenHash: text('claim_token_hash'),
    claimExpiresAt: ts('claim_expires_at'),
    createdBy: uuid('created_by'),
    /** Set when the volunteer's personal data was erased (anonymised) on a confirmed request. */
    erasedAt: ts('erased_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('volunteers_user_idx').on(t.userId),
    // A center's volunteers, newest first (ties by id, as the list orders them): the coordinator dashboard's new volunteers.
    index('volunteers_center_created_idx').on(t.centerId, t.createdAt.desc().nullsFirst(), t.id),
    index('volunteers_sort_key_idx').on(sql`${t.sortKey} collate "C"`),
    index('volunteers_geo_idx').on(t.lat, t.lon),
    index('volunteers_causes_idx').using('gin', t.causes),
    index('volunteers_skills_idx').using('gin', t.skills),
  ],
);

/** Consent history: the current state of a kind is its latest row (text version and date kept). */
export const volunteerConsents = pgTable(
  'volunteer_consents',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    volunteerId: uuid('volunteer_id')
      .notNull()
      .references(() => volunteers.id, { onDelete: 'cascade' }),
    /** 'data_processing' | 'contact' | 'newsletter' | 'guardian' */
    kind: text('kind').notNull(),
    granted: boolean('granted').notNull(),
    textVersion: text('text_version').notNull(),
    recordedBy: uuid('recorded_by'),
    at: ts('at').notNull().defaultNow(),
  },
  (t) => [index('volunteer_consents_idx').on(t.volunteerId, t.kind, t.at)],
);

/** Qualifications a volunteer holds (by name now; trainings will grant them later), with expiry. */
export const volunteerQualifications = pgTable(
  'volunteer_qualifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    volunteerId: uuid('volunteer_id')
      .notNull()
      .references(() => volunteers.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    validUntil: date('valid_until', { mode: 'string' }),
    recordedBy: uuid('recorded_by'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('volunteer_qualifications_idx').on(t.volunteerId)],
);

/** A host organization (fogadó szervezet); publishes only once the center has approved it. */
export const organizations = pgTable(
  'organizations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id),
    pointId: uuid('point_id').references(() => points.id),
    name: text('name').notNull(),
    sortKey: text('sort_key').notNull(),
    /** Köt. 3. § (1) host type code, see the organizations module's host-type table. */
    hostType: text('host_type').notNull(),
    taxNumber: text('tax_number'),
    kotRegistrationNumber: text('kot_registration_number'),
    placeId: integer('place_id')
      .notNull()
      .references(() => places.id),
    address: text('address'),
    email: text('email'),
    phone: text('phone'),
    website: text('website'),
    causes: text('causes').array().notNull().default(sql`'{}'::text[]`),
    description: text('description'),
    /** 'submitted' | 'approved' | 'needs_changes' | 'rejected' */
    status: text('status').notNull().default('submitted'),
    statusReason: text('status_reason'),
    vettedBy: uuid('vetted_by'),
    vettedAt: ts('vetted_at'),
    createdBy: uuid('created_by'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('organizations_center_idx').on(t.centerId, t.status), index('organizations_sort_key_idx').on(sql`${t.sortKey} collate "C"`)],
);

export const organizationMembers = pgTable(
  'organization_members',
  {
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** 'admin' | 'staff' */
    role: text('role').notNull().default('staff'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('organization_members_pk').on(t.organizationId, t.userId), index('organization_members_user_idx').on(t.userId)],
);

/** Vetting timeline of an organization or an opportunity (status changes with reason and who). */
export const vettingEvents = pgTable(
  'vetting_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** 'organization' | 'opportunity' */
    subjectType: text('subject_type').notNull(),
    subjectId: uuid('subject_id').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    reason: text('reason'),
    actorUserId: uuid('actor_user_id'),
    at: ts('at').notNull().defaultNow(),
  },
  (t) => [index('vetting_events_subject_idx').on(t.subjectType, t.subjectId, t.at)],
);

export const opportunities = pgTable(
  'opportunities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id),
    title: text('title').notNull(),
    description: text('description').notNull(),
    causes: text('causes').array().notNull().default(sql`'{}'::text[]`),
    skills: text('skills').array().notNull().default(sql`'{}'::text[]`),
    placeId: integer('place_id').references(() => places.id),
    address: text('address'),
    lat: doublePrecision('lat'),
    lon: doublePrecision('lon'),
    remote: boolean('remote').notNull().default(false),
    /** 'one_off' | 'regular' | 'ongoing' */
    kind: text('kind').notNull(),
    groupFriendly: boolean('group_friendly').notNull().default(false),
    minAge: integer('min_age'),
    requiredQualifications: text('required_qualifications').array().notNull().default(sql`'{}'::text[]`),
    requiresConduct: boolean('requires_conduct').notNull().default(false),
    requiresHealth: boolean('requires_health').notNull().default(false),
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    accessibilityNotes: text('accessibility_notes'),
    /** School community service (HUNGARY.md §2): students may do IKSZ here, in these 133. § (2) areas (a–h). */
    ikszEligible: boolean('iksz_eligible').notNull().default(false),
    ikszAreas: text('iksz_areas').array().notNull().default(sql`'{}'::text[]`),
    contactName: text('contact_name'),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    /** Weekly pattern of a regular opportunity: [{ day: 1..7, start: "HH:MM", end: "HH:MM", capacity }]. */
    weeklyPattern: jsonb('weekly_pattern'),
    /** 'draft' | 'submitted' | 'published' | 'needs_changes' | 'rejected' | 'closed' */
    status: text('status').notNull().default('draft'),
    statusReason: text('status_reason'),
    vettedBy: uuid('vetted_by'),
    vettedAt: ts('vetted_at'),
    publishedAt: ts('published_at'),
    createdBy: uuid('created_by'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('opportunities_org_idx').on(t.organizationId),
    index('opportunities_center_status_idx').on(t.centerId, t.status),
    index('opportunities_geo_idx').on(t.lat, t.lon),
    index('opportunities_causes_idx').using('gin', t.causes),
    index('opportunities_skills_idx').using('gin', t.skills),
    index('opportunities_published_idx').on(t.status, t.publishedAt),
  ],
);

export const shifts = pgTable(
  'shifts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    opportunityId: uuid('opportunity_id')
      .notNull()
      .references(() => opportunities.id, { onDelete: 'cascade' }),
    startsAt: ts('starts_at').notNull(),
    endsAt: ts('ends_at').notNull(),
    capacity: integer('capacity').notNull(),
    /** Seats taken; changed only under a row lock on the shift, so it never exceeds capacity. */
    seatsTaken: integer('seats_taken').notNull().default(0),
    waitlistEnabled: boolean('waitlist_enabled').notNull().default(true),
    /** A team day's shift: the number of company teams it holds (each team takes its members' seats); null: not a team shift. */
    teamCapacity: integer('team_capacity'),
    /** Bumped when the shift's time changes or a volunteer's entry is cancelled: the calendar SEQUENCE follows it (placements/calendar.ts). */
    revision: integer('revision').notNull().default(0),
    cancelledAt: ts('cancelled_at'),
    /** The shift's QR check-in code (URL-safe, random), made when the organization first opens its check-in page. */
    checkInCode: text('check_in_code').unique('shifts_check_in_code_unique'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('shifts_opportunity_idx').on(t.opportunityId, t.startsAt), index('shifts_starts_idx').on(t.startsAt)],
);

/**
 * An application, referral or invitation of a volunteer to an opportunity (optionally one shift);
 * it becomes a placement when accepted. Status timeline in application_events.
 */
export const applications = pgTable(
  'applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    volunteerId: uuid('volunteer_id')
      .notNull()
      .references(() => volunteers.id, { onDelete: 'cascade' }),
    opportunityId: uuid('opportunity_id')
      .notNull()
      .references(() => opportunities.id),
    shiftId: uuid('shift_id').references(() => shifts.id),
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id),
    /** 'volunteer' | 'coordinator' | 'organization' */
    origin: text('origin').notNull(),
    /** applied | proposed | invited | referred | offered | accepted | active | completed | declined | withdrawn | no_show | waitlisted */
    status: text('status').notNull(),
    holdsSeat: boolean('holds_seat').notNull().default(false),
    waitlistedAt: ts('waitlisted_at'),
    /** While 'offered': the freed seat is held for the volunteer until then (placements/seat-offers.ts). */
    offerExpiresAt: ts('offer_expires_at'),
    declineReason: text('decline_reason'),
    followUpOn: date('follow_up_on', { mode: 'string' }),
    /** When the host got the one automatic reminder that its answer is overdue. */
    hostRemindedAt: ts('host_reminded_at'),
    /** When a coordinator last nudged the host by e-mail (at most once a Budapest day). */
    hostNudgedAt: ts('host_nudged_at'),
    createdBy: uuid('created_by'),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('applications_unique_idx').on(t.volunteerId, t.opportunityId, sql`coalesce(${t.shiftId}, '00000000-0000-0000-0000-000000000000'::uuid)`),
    index('applications_opportunity_idx').on(t.opportunityId, t.status),
    index('applications_shift_idx').on(t.shiftId, t.status, t.waitlistedAt),
    index('applications_center_idx').on(t.centerId, t.status),
    // A center's placements, last changed first (ties by id): the coordinator dashboard's recent changes.
    index('applications_center_updated_idx').on(t.centerId, t.updatedAt.desc().nullsFirst(), t.id),
    index('applications_follow_up_idx').on(t.followUpOn),
    index('applications_offer_expiry_idx').on(t.offerExpiresAt).where(sql`${t.status} = 'offered'`),
  ],
);

export const applicationEvents = pgTable(
  'application_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    note: text('note'),
    actorUserId: uuid('actor_user_id'),
    at: ts('at').notNull().defaultNow(),
  },
  (t) => [index('application_events_app_idx').on(t.applicationId, t.at)],
);

/** Coordinator follow-up notes on a placement. */
export const placementNotes = pgTable(
  'placement_notes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    authorUserId: uuid('author_user_id'),
    text: text('text').notNull(),
    at: ts('at').notNull().defaultNow(),
  },
  (t) => [index('placement_notes_app_idx').on(t.applicationId, t.at)],
);

/**
 * What the in-process search index must reload: a row per changed opportunity (or organization,
 * for all of its opportunities), or one row with neither for "reload everything" (a bulk change or
 * a settlement import). Written only by the triggers of migration 0018; read by
 * search/published-index-sync.ts, pruned after an hour (ADR 021).
 */
export const searchChanges = pgTable(
  'search_changes',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    opportunityId: uuid('opportunity_id'),
    organizationId: uuid('organization_id'),
    changedAt: ts('changed_at').notNull().defaultNow(),
  },
  (t) => [index('search_changes_changed_idx').on(t.changedAt)],
);
