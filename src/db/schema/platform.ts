import { bigserial, boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Who changed what, when: one row for every write (before/after as JSON). */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id'),
    /** Tenant the entity belongs to, so center admins see their own center's trail. */
    centerId: uuid('center_id'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [
    index('audit_log_at_idx').on(t.at),
    index('audit_log_entity_idx').on(t.entityType, t.entityId),
    index('audit_log_actor_idx').on(t.actorUserId),
    index('audit_log_center_idx').on(t.centerId),
  ],
);

/** A file sent with an outbox mail: text only (an iCalendar file), kept as UTF-8 text. */
export type OutboxAttachment = { filename: string; contentType: string; content: string };

/** Outgoing e-mail. Sent by SMTP when configured; otherwise admins read it in the UI. */
export const outbox = pgTable(
  'outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    /** Extra header fields of this message (e.g. List-Unsubscribe), sent as they are. */
    headers: jsonb('headers').$type<Record<string, string>>().notNull().default({}),
    /** Files sent with the message (e.g. a shift's cancelling .ics); holds personal data like the body. */
    attachments: jsonb('attachments').$type<OutboxAttachment[]>().notNull().default([]),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    /** Once sent, the address and the body are overwritten: a notice to a person whose data was erased. */
    forgetRecipient: boolean('forget_recipient').notNull().default(false),
  },
  (t) => [index('outbox_pending_idx').on(t.sentAt, t.nextAttemptAt), index('outbox_created_idx').on(t.createdAt)],
);

/** Fixed-window counters for rate limits (login, reset), shared by every app process. */
export const rateLimits = pgTable('rate_limits', {
  bucket: text('bucket').primaryKey(),
  hits: integer('hits').notNull(),
  resetAt: timestamp('reset_at', { withTimezone: true }).notNull(),
});

/** Small facts about this installation (e.g. when demo data was loaded). */
export const appMeta = pgTable('app_meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
