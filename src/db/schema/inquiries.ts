import { sql } from 'drizzle-orm';
import { boolean, check, date, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { organizations, volunteers } from './brokering.js';
import { knowledgeArticles } from './knowledge.js';
import { centers, points } from './tenancy.js';

const ts = (name: string) => timestamp(name, { withTimezone: true });

/**
 * A topic of the inquiry log's managed list (issue 14): national (center_id null) or a center's
 * own. An archived topic stays on old inquiries but is not offered for new ones.
 */
export const inquiryTopics = pgTable(
  'inquiry_topics',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centerId: uuid('center_id').references(() => centers.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    sortKey: text('sort_key').notNull(),
    archivedAt: ts('archived_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('inquiry_topics_name_idx').on(sql`coalesce(${t.centerId}, '00000000-0000-0000-0000-000000000000'::uuid)`, sql`lower(${t.name})`)],
);

/**
 * One inquiry (megkeresés) a center or point answered: how it came (`channel`), who asked
 * (`asker_kind` person | organization | anonymous, with the contact only when given), the question,
 * the answer, the staff member, and a follow-up date with its status. `volunteer_id` /
 * `organization_id` keep the link when the inquiry was turned into a walk-in registration or an
 * organization lead. `received_at` is what the statistics count by.
 */
export const inquiries = pgTable(
  'inquiries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    centerId: uuid('center_id')
      .notNull()
      .references(() => centers.id),
    pointId: uuid('point_id').references(() => points.id),
    /** phone | email | in_person | event | online_form */
    channel: text('channel').notNull(),
    /** person | organization | anonymous */
    askerKind: text('asker_kind').notNull(),
    askerName: text('asker_name'),
    askerOrganization: text('asker_organization'),
    askerEmail: text('asker_email'),
    askerPhone: text('asker_phone'),
    question: text('question').notNull(),
    answer: text('answer'),
    /** The asker wants the answer by e-mail (the public form's choice); sent through the outbox. */
    answerByEmail: boolean('answer_by_email').notNull().default(false),
    answerSentAt: ts('answer_sent_at'),
    /** open | answered | closed */
    status: text('status').notNull().default('open'),
    staffUserId: uuid('staff_user_id').references(() => users.id, { onDelete: 'set null' }),
    followUpOn: date('follow_up_on', { mode: 'string' }),
    followUpDoneAt: ts('follow_up_done_at'),
    volunteerId: uuid('volunteer_id').references(() => volunteers.id, { onDelete: 'set null' }),
    organizationId: uuid('organization_id').references(() => organizations.id, { onDelete: 'set null' }),
    receivedAt: ts('received_at').notNull().defaultNow(),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('inquiries_center_received_idx').on(t.centerId, t.receivedAt.desc(), t.id),
    index('inquiries_follow_up_idx').on(t.centerId, t.followUpOn).where(sql`${t.followUpOn} is not null and ${t.followUpDoneAt} is null`),
    check('inquiries_channel_check', sql`${t.channel} in ('phone', 'email', 'in_person', 'event', 'online_form')`),
    check('inquiries_asker_check', sql`${t.askerKind} in ('person', 'organization', 'anonymous')`),
    check('inquiries_status_check', sql`${t.status} in ('open', 'answered', 'closed')`),
  ],
);

/** The topics of an inquiry (one or more from the managed list). */
export const inquiryTopicLinks = pgTable(
  'inquiry_topic_links',
  {
    inquiryId: uuid('inquiry_id')
      .notNull()
      .references(() => inquiries.id, { onDelete: 'cascade' }),
    topicId: uuid('topic_id')
      .notNull()
      .references(() => inquiryTopics.id),
  },
  (t) => [primaryKey({ columns: [t.inquiryId, t.topicId] }), index('inquiry_topic_links_topic_idx').on(t.topicId)],
);

/** Knowledge-base articles the answer pointed to. */
export const inquiryArticles = pgTable(
  'inquiry_articles',
  {
    inquiryId: uuid('inquiry_id')
      .notNull()
      .references(() => inquiries.id, { onDelete: 'cascade' }),
    articleId: uuid('article_id')
      .notNull()
      .references(() => knowledgeArticles.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.inquiryId, t.articleId] })],
);
