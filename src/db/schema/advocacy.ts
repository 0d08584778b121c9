import { sql } from 'drizzle-orm';
import { check, customType, date, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { places } from './places.js';
import { centers } from './tenancy.js';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/** Binary content kept in the database (so backups include it). */
const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });

/**
 * A stakeholder of local advocacy (issue 15): `kind` municipality | institution | decision_maker |
 * committee | company | media, with a settlement, a relationship owner on the staff and tags. The
 * contact person's data (contact_name/email/phone) may be stored only with `contact_legal_basis`
 * recorded (a check), and is removed on request (`contact_erased_at`, erasure module).
 */
export const stakeholders = pgTable(
  'stakeholders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    sortKey: text('sort_key').notNull(),
    placeId: integer('place_id').references(() => places.id),
    contactName: text('contact_name'),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    /** legitimate_interest | consent | public_task | public_role (a public office holder's official contact). */
    contactLegalBasis: text('contact_legal_basis'),
    contactErasedAt: ts('contact_erased_at'),
    ownerUserId: uuid('owner_user_id').references(() => users.id, { onDelete: 'set null' }),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    notes: text('notes'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('stakeholders_center_idx').on(t.centerId, t.kind),
    index('stakeholders_place_idx').on(t.placeId),
    check('stakeholders_kind_check', sql`${t.kind} in ('municipality', 'institution', 'decision_maker', 'committee', 'company', 'media')`),
    check(
      'stakeholders_contact_basis_check',
      sql`(${t.contactName} is null and ${t.contactEmail} is null and ${t.contactPhone} is null) or ${t.contactLegalBasis} is not null`,
    ),
  ],
);

/**
 * An advocacy action: `kind` meeting | letter | proposal | consultation_response | event, its goal,
 * day and settlement, the outcome and the follow-up (with a day).
 */
export const advocacyActions = pgTable(
  'advocacy_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    goal: text('goal').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    placeId: integer('place_id').references(() => places.id),
    outcome: text('outcome'),
    followUp: text('follow_up'),
    followUpOn: date('follow_up_on', { mode: 'string' }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('advocacy_actions_center_idx').on(t.centerId, t.heldOn),
    index('advocacy_actions_place_idx').on(t.placeId, t.heldOn),
    check('advocacy_actions_kind_check', sql`${t.kind} in ('meeting', 'letter', 'proposal', 'consultation_response', 'event')`),
  ],
);

/** The stakeholders an action involved. */
export const advocacyActionStakeholders = pgTable(
  'advocacy_action_stakeholders',
  {
    actionId: uuid('action_id')
      .notNull()
      .references(() => advocacyActions.id, { onDelete: 'cascade' }),
    stakeholderId: uuid('stakeholder_id')
      .notNull()
      .references(() => stakeholders.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.actionId, t.stakeholderId] }), index('advocacy_action_stakeholders_stakeholder_idx').on(t.stakeholderId)],
);

/** A document of an action (PDF or DOCX, checked by content and size on upload), kept in the database so backups include it. */
export const advocacyDocuments = pgTable(
  'advocacy_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    actionId: uuid('action_id')
      .notNull()
      .references(() => advocacyActions.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    uploadedAt: ts('uploaded_at').notNull().defaultNow(),
  },
  (t) => [
    index('advocacy_documents_action_idx').on(t.actionId),
    check(
      'advocacy_documents_type_check',
      sql`${t.contentType} in ('application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')`,
    ),
    check('advocacy_documents_size_check', sql`${t.sizeBytes} > 0 and ${t.sizeBytes} <= 10485760`),
  ],
);
