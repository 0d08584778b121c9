import type { Database, Queryable } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, centersVisibleTo, isNationalAdmin, requirePermission } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { FieldValidationError } from '../../platform/validation.js';
import { type Choice, findCenters } from './choices-repo.js';
import { requireTopicManager } from './policy.js';
import type { TopicInput } from './schema.js';
import { findNameClash, findTopic, findTopics, insertTopic, lockTopic, type TopicRow, updateTopic } from './topics-repo.js';

/**
 * The managed list of inquiry topics (issue 14): national topics for every center, and each center's
 * own next to them. An archived topic stays on the inquiries that have it but is no longer offered.
 * Every change is audited.
 */

export type TopicsPage = {
  /** The list being managed: a center's, or null for the national list. */
  centerId: string | null;
  /** The centers whose list the actor keeps (a national admin: every center). */
  centers: Choice[];
  national: TopicRow[];
  own: TopicRow[];
  /** National admins keep the national list too. */
  mayEditNational: boolean;
};

/** The topics page: the chosen center's list (or the first the actor keeps), national admins may choose the national one. */
export async function topicsPage(db: Queryable, actor: Actor | null, wanted: string | undefined): Promise<TopicsPage> {
  const a = requirePermission(actor, 'inquiries.topics');
  const national = isNationalAdmin(a);
  const centers = await findCenters(db, centersVisibleTo(a, 'inquiries.topics'));
  const chosen = centers.find((c) => c.id === wanted)?.id ?? (national ? null : (centers[0]?.id ?? null));
  if (chosen === null && !national) throw new NotFoundError('center');
  const topics = await findTopics(db, chosen === null ? [] : [chosen], { archived: true });
  return {
    centerId: chosen,
    centers,
    national: topics.filter((t) => t.centerId === null),
    own: chosen === null ? [] : topics.filter((t) => t.centerId === chosen),
    mayEditNational: national,
  };
}

async function requireFreeName(db: Queryable, centerId: string | null, name: string, exceptId?: string): Promise<void> {
  if (await findNameClash(db, centerId, name, exceptId)) throw new FieldValidationError({ name: { key: 'inquiries.error.topicTaken' } });
}

export async function addTopic(db: Database, actor: Actor | null, input: TopicInput): Promise<TopicRow> {
  const centerId = input.centerId ?? null;
  const a = requireTopicManager(actor, centerId);
  return db.transaction(async (tx) => {
    await requireFreeName(tx, centerId, input.name);
    const topic = await insertTopic(tx, centerId, input.name);
    await recordAudit(tx, { actorUserId: a.userId, centerId, action: 'create', entityType: 'inquiry_topic', entityId: topic.id, after: topic });
    return topic;
  });
}

/** A topic its manager may change (stranger: 404; a center's admin and a national topic: 403). */
export async function getTopicToManage(db: Queryable, actor: Actor | null, topicId: string): Promise<TopicRow> {
  requirePermission(actor, 'inquiries.topics');
  const topic = await findTopic(db, topicId);
  if (!topic) throw new NotFoundError('topic');
  requireTopicManager(actor, topic.centerId);
  return topic;
}

async function changeTopic(
  db: Database,
  actor: Actor | null,
  topicId: string,
  action: string,
  change: (tx: Queryable, before: TopicRow) => Promise<TopicRow>,
): Promise<TopicRow> {
  requirePermission(actor, 'inquiries.topics');
  return db.transaction(async (tx) => {
    const before = await lockTopic(tx, topicId);
    if (!before) throw new NotFoundError('topic');
    const a = requireTopicManager(actor, before.centerId);
    const after = await change(tx, before);
    await recordAudit(tx, { actorUserId: a.userId, centerId: before.centerId, action, entityType: 'inquiry_topic', entityId: topicId, before, after });
    return after;
  });
}

export function renameTopic(db: Database, actor: Actor | null, topicId: string, name: string): Promise<TopicRow> {
  return changeTopic(db, actor, topicId, 'rename', async (tx, before) => {
    await requireFreeName(tx, before.centerId, name, topicId);
    return updateTopic(tx, topicId, { name });
  });
}

/** No longer offered for new inquiries; the inquiries that have it keep it. */
export function archiveTopic(db: Database, actor: Actor | null, topicId: string, now = new Date()): Promise<TopicRow> {
  return changeTopic(db, actor, topicId, 'archive', async (tx, before) => (before.archivedAt ? before : updateTopic(tx, topicId, { archivedAt: now })));
}

export function restoreTopic(db: Database, actor: Actor | null, topicId: string): Promise<TopicRow> {
  return changeTopic(db, actor, topicId, 'restore', async (tx, before) => (before.archivedAt ? updateTopic(tx, topicId, { archivedAt: null }) : before));
}
