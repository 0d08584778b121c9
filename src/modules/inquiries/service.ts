import type { Database, Queryable } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, can, pointGrantsWith, requirePermission } from '../../platform/authz.js';
import { addDays, budapestDay, budapestDayStart } from '../../platform/budapest-time.js';
import { NotFoundError } from '../../platform/errors.js';
import { maxExportRows } from '../../platform/export.js';
import { type ListParams, offsetOf, type Page, pageOf } from '../../platform/list-params.js';
import { enqueueMail } from '../../platform/mail.js';
import { FieldValidationError } from '../../platform/validation.js';
import { answerMail } from './answer-mail.js';
import { type Choice, findCenters, findPoints, findPointTenant, findStaffOfCenter, findUserName, type PointChoice, type StaffChoice } from './choices-repo.js';
import { type InquiryTenant, inquiryReachOf, mayLogInquiry, requireInquiryAccess } from './policy.js';
import {
  countInquiries,
  countOpenAndDue,
  findArticlesOf,
  findInquiries,
  findInquiryRow,
  findInquiryTenant,
  findPublishedArticles,
  findTopicIdsOf,
  type InquiryFilter,
  type InquiryRecord,
  type InquiryRow,
  type InquiryValues,
  insertInquiry,
  type LinkedArticle,
  lockInquiry,
  setArticleLinks,
  setTopicLinks,
  updateInquiryRow,
} from './repo.js';
import type { InquiryFilterInput, InquiryInput, InquirySort } from './schema.js';
import { findTopics, type TopicRow } from './topics-repo.js';

/**
 * The inquiry log (issue 14): staff record what people asked, what they answered and what to follow
 * up, in their own tenant only (policy.ts). Every write is audited; an answer the asker wanted by
 * e-mail goes out once, through the outbox, in the same transaction as the save.
 */

/** The tenant of an inquiry the actor may work with (404 for anyone else's, as for an unknown id). */
export async function tenantOf(db: Queryable, actor: Actor | null, inquiryId: string): Promise<{ a: Actor; tenant: InquiryTenant }> {
  requirePermission(actor, 'inquiries.log');
  const tenant = await findInquiryTenant(db, inquiryId);
  if (!tenant) throw new NotFoundError('inquiry');
  return { a: requireInquiryAccess(actor, tenant), tenant };
}

/** The centers the actor logs inquiries for: their centers (every one for national admins) and their points' centers. */
export async function inquiryCenters(db: Queryable, actor: Actor | null): Promise<Choice[]> {
  const a = requirePermission(actor, 'inquiries.log');
  const { centers } = inquiryReachOf(a);
  if (centers === 'all') return findCenters(db, 'all');
  const ofPoints = pointGrantsWith(a, 'inquiries.log').flatMap((g) => (g.centerId ? [g.centerId] : []));
  return findCenters(db, [...new Set([...centers, ...ofPoints])]);
}

/**
 * The Volunteer Point of an inquiry: center staff may name one of the center's points (or none); a
 * point's coordinator logs for their own point (the chosen one, if they hold several in the center).
 */
async function pointFor(db: Queryable, a: Actor, centerId: string, wanted: string | undefined, kept: string | null = null): Promise<string | null> {
  if (can(a, 'inquiries.log', { centerId })) {
    if (!wanted) return null;
    const point = await findPointTenant(db, wanted);
    // Only a working (active) point takes new inquiries; an inquiry keeps the point it already has.
    if (point?.centerId !== centerId || (point.status !== 'active' && wanted !== kept))
      throw new FieldValidationError({ pointId: { key: 'validation.choice' } });
    return wanted;
  }
  const own = pointGrantsWith(a, 'inquiries.log').flatMap((g) => (g.centerId === centerId && g.pointId ? [g.pointId] : []));
  const [first] = own;
  if (!first) throw new FieldValidationError({ centerId: { key: 'validation.choice' } });
  return wanted && own.includes(wanted) ? wanted : first;
}

export type InquiryFormChoices = {
  center: Choice;
  /** Points the inquiry may be logged at; `pointRequired` for a point's coordinator (their own). */
  points: PointChoice[];
  pointRequired: boolean;
  topics: TopicRow[];
  staff: StaffChoice[];
};

/** What the form of an inquiry of the center offers: its points, the topics on its list (and the inquiry's archived ones), its staff. */
export async function inquiryFormChoices(
  db: Queryable,
  actor: Actor | null,
  centerId: string,
  current: { topicIds: string[]; staffUserId: string | null; pointId?: string | null } = { topicIds: [], staffUserId: null },
): Promise<InquiryFormChoices> {
  const a = requirePermission(actor, 'inquiries.log');
  const centerStaff = can(a, 'inquiries.log', { centerId });
  const ownPoints = pointGrantsWith(a, 'inquiries.log').flatMap((g) => (g.centerId === centerId && g.pointId ? [g.pointId] : []));
  const [centers, points, topics, staff] = await Promise.all([
    findCenters(db, [centerId]),
    findPoints(db, centerStaff ? { centers: [centerId], working: true, keep: current.pointId } : { centers: [], points: ownPoints }),
    findTopics(db, [centerId], { archived: true }),
    findStaffOfCenter(db, centerId),
  ]);
  const [center] = centers;
  if (!center || (!centerStaff && ownPoints.length === 0)) throw new NotFoundError('center');
  const missing = [a.userId, current.staffUserId].filter((id): id is string => !!id && !staff.some((s) => s.id === id));
  for (const id of new Set(missing)) {
    const user = await findUserName(db, id);
    if (user) staff.push(user);
  }
  return {
    center,
    points,
    pointRequired: !centerStaff,
    topics: topics.filter((t) => !t.archivedAt || current.topicIds.includes(t.id)),
    staff,
  };
}

/** The topics, articles and staff member of a save, checked against what the form offered. */
async function resolveLinks(db: Queryable, a: Actor, centerId: string, input: InquiryInput, keep: { topicIds: string[]; staffUserId: string | null }) {
  const choices = await inquiryFormChoices(db, a, centerId, keep);
  if (input.topicIds.some((id) => !choices.topics.some((t) => t.id === id))) throw new FieldValidationError({ topicIds: { key: 'validation.choice' } });
  const staffUserId = input.staffUserId ?? a.userId;
  if (!choices.staff.some((s) => s.id === staffUserId)) throw new FieldValidationError({ staffUserId: { key: 'validation.choice' } });
  const articles = await findPublishedArticles(db, input.articles);
  const unknown = input.articles.filter((slug) => !articles.some((x) => x.slug === slug));
  if (unknown.length) throw new FieldValidationError({ articles: { key: 'inquiries.error.articleUnknown', params: { slugs: unknown.join(', ') } } });
  return { staffUserId, articles };
}

function valuesOf(input: InquiryInput, pointId: string | null, staffUserId: string, before: InquiryRecord | undefined, now: Date): InquiryValues {
  const anonymous = input.askerKind === 'anonymous';
  const followUpOn = input.followUpOn ?? null;
  return {
    pointId,
    channel: input.channel,
    receivedAt: input.receivedAt,
    askerKind: input.askerKind,
    askerName: anonymous ? null : input.askerName,
    askerOrganization: anonymous ? null : input.askerOrganization,
    askerEmail: anonymous ? null : input.askerEmail,
    askerPhone: anonymous ? null : input.askerPhone,
    question: input.question,
    answer: input.answer,
    answerByEmail: input.answerByEmail,
    status: input.status,
    staffUserId,
    followUpOn,
    // Done keeps the moment it was first marked; a new date opens the follow-up again.
    followUpDoneAt: input.followUpDone && followUpOn ? (before?.followUpOn === followUpOn ? (before.followUpDoneAt ?? now) : now) : null,
  };
}

/** Sends the answer the asker asked for by e-mail, once: the first save that has an answer and an address. */
async function sendAnswerOnce(tx: Queryable, baseUrl: string, inquiry: InquiryRecord, articles: LinkedArticle[], now: Date): Promise<InquiryRecord> {
  if (!inquiry.answerByEmail || inquiry.answerSentAt || !inquiry.answer || !inquiry.askerEmail) return inquiry;
  const [center] = await findCenters(tx, [inquiry.centerId]);
  await enqueueMail(tx, answerMail({ ...inquiry, askerEmail: inquiry.askerEmail, answer: inquiry.answer }, center?.name ?? '', articles, baseUrl));
  return updateInquiryRow(tx, inquiry.id, { answerSentAt: now });
}

/** Staff log a new inquiry in their center (or point); returns its id. */
export async function logInquiry(db: Database, baseUrl: string, actor: Actor | null, input: InquiryInput, now = new Date()): Promise<string> {
  const a = requirePermission(actor, 'inquiries.log');
  const centers = await inquiryCenters(db, a);
  const centerId = input.centerId ?? (centers.length === 1 ? centers[0]?.id : undefined);
  if (!centerId) throw new FieldValidationError({ centerId: { key: 'validation.required' } });
  if (!centers.some((c) => c.id === centerId)) throw new FieldValidationError({ centerId: { key: 'validation.choice' } });
  const pointId = await pointFor(db, a, centerId, input.pointId);
  if (!mayLogInquiry(a, { centerId, pointId })) throw new FieldValidationError({ pointId: { key: 'validation.choice' } });
  const { staffUserId, articles } = await resolveLinks(db, a, centerId, input, { topicIds: [], staffUserId: null });
  return db.transaction(async (tx) => {
    const created = await insertInquiry(tx, { ...valuesOf(input, pointId, staffUserId, undefined, now), centerId, createdBy: a.userId });
    await setTopicLinks(tx, created.id, input.topicIds);
    await setArticleLinks(
      tx,
      created.id,
      articles.map((x) => x.id),
    );
    const row = await sendAnswerOnce(tx, baseUrl, created, articles, now);
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId,
      action: 'create',
      entityType: 'inquiry',
      entityId: row.id,
      after: { ...row, topicIds: input.topicIds, articles: input.articles },
    });
    return row.id;
  });
}

/** Staff save an inquiry of their tenant (the answer, the follow-up, its status …). */
export async function updateInquiry(db: Database, baseUrl: string, actor: Actor | null, inquiryId: string, input: InquiryInput, now = new Date()) {
  const { a, tenant } = await tenantOf(db, actor, inquiryId);
  const pointId = await pointFor(db, a, tenant.centerId, input.pointId, tenant.pointId);
  if (!mayLogInquiry(a, { centerId: tenant.centerId, pointId })) throw new FieldValidationError({ pointId: { key: 'validation.choice' } });
  // The choices are read before the lock (several reads at once, which one transaction's connection cannot run).
  const [current, keptTopics] = await Promise.all([findInquiryRow(db, inquiryId), findTopicIdsOf(db, inquiryId)]);
  const { staffUserId, articles } = await resolveLinks(db, a, tenant.centerId, input, { topicIds: keptTopics, staffUserId: current?.staffUserId ?? null });
  await db.transaction(async (tx) => {
    const before = await lockInquiry(tx, inquiryId);
    if (!before) throw new NotFoundError('inquiry');
    const saved = await updateInquiryRow(tx, inquiryId, valuesOf(input, pointId, staffUserId, before, now));
    await setTopicLinks(tx, inquiryId, input.topicIds);
    await setArticleLinks(
      tx,
      inquiryId,
      articles.map((x) => x.id),
    );
    const after = await sendAnswerOnce(tx, baseUrl, saved, articles, now);
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: before.centerId,
      action: 'update',
      entityType: 'inquiry',
      entityId: inquiryId,
      before: { ...before, topicIds: keptTopics },
      after: { ...after, topicIds: input.topicIds, articles: input.articles },
    });
  });
}

export type InquiryDetail = { row: InquiryRow; topicIds: string[]; articles: LinkedArticle[] };

/** One inquiry with its topics and linked articles, for staff of its tenant. */
export async function getInquiry(db: Queryable, actor: Actor | null, inquiryId: string): Promise<InquiryDetail> {
  await tenantOf(db, actor, inquiryId);
  const [row, topicIds, articles] = await Promise.all([findInquiryRow(db, inquiryId), findTopicIdsOf(db, inquiryId), findArticlesOf(db, inquiryId)]);
  if (!row) throw new NotFoundError('inquiry');
  return { row, topicIds, articles };
}

/** The list filters as the repository reads them: days on the Budapest calendar become instants. */
export function inquiryFilterOf(input: InquiryFilterInput, today = budapestDay(new Date())): InquiryFilter {
  return {
    q: input.q || undefined,
    channel: input.channel,
    status: input.status,
    topicId: input.topic,
    centerId: input.center,
    pointId: input.point,
    staffUserId: input.staff,
    receivedFrom: input.from ? budapestDayStart(input.from) : undefined,
    receivedBefore: input.to ? budapestDayStart(addDays(input.to, 1)) : undefined,
    dueBy: input.due ? today : undefined,
  };
}

/** A page of the inquiries in the actor's reach. */
export async function listInquiries(db: Queryable, actor: Actor | null, filter: InquiryFilter, params: ListParams<InquirySort>): Promise<Page<InquiryRow>> {
  const reach = inquiryReachOf(requirePermission(actor, 'inquiries.log'));
  const found = await findInquiries(db, reach, filter, params, { limit: params.pageSize, offset: offsetOf(params) });
  // Counted with the page; only a page past the end asks again.
  const total = found.total ?? (params.page > 1 ? await countInquiries(db, reach, filter) : 0);
  return pageOf(found.rows, total, params);
}

/** The whole filtered list in the same order, for CSV/XLSX (capped like every export). */
export async function exportInquiries(db: Queryable, actor: Actor | null, filter: InquiryFilter, order: Pick<ListParams<InquirySort>, 'sort' | 'dir'>) {
  const reach = inquiryReachOf(requirePermission(actor, 'inquiries.log'));
  return (await findInquiries(db, reach, filter, order, { limit: maxExportRows, offset: 0 })).rows;
}

/** The follow-up list: due today or earlier and not done, oldest first. */
export function dueFollowUpsFilter(now = new Date()): InquiryFilter {
  return { dueBy: budapestDay(now) };
}

/** Marks an inquiry's follow-up done (from the follow-up list). */
export async function markFollowUpDone(db: Database, actor: Actor | null, inquiryId: string, now = new Date()): Promise<void> {
  const { a } = await tenantOf(db, actor, inquiryId);
  await db.transaction(async (tx) => {
    const before = await lockInquiry(tx, inquiryId);
    if (!before) throw new NotFoundError('inquiry');
    if (!before.followUpOn || before.followUpDoneAt) return;
    const after = await updateInquiryRow(tx, inquiryId, { followUpDoneAt: now });
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: before.centerId,
      action: 'follow_up_done',
      entityType: 'inquiry',
      entityId: inquiryId,
      before: { followUpOn: before.followUpOn, followUpDoneAt: null },
      after: { followUpOn: after.followUpOn, followUpDoneAt: after.followUpDoneAt },
    });
  });
}

/** The coordinator dashboard's next steps: open inquiries and follow-ups due, in reach (none without the permission). */
export async function inquiryWorkload(db: Queryable, actor: Actor | null, now = new Date()): Promise<{ open: number; due: number } | undefined> {
  if (!can(actor, 'inquiries.log')) return undefined;
  return countOpenAndDue(db, inquiryReachOf(actor), budapestDay(now));
}
