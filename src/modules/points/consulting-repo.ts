import { and, count, desc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database.js';
import { pointConsultationActions, pointConsultations, points, users } from '../../db/schema/index.js';

export type ConsultationValues = { heldOn: string; kind: string; topics: string; notes: string | null };

export async function insertConsultation(
  db: Queryable,
  point: { id: string; centerId: string },
  values: ConsultationValues,
  actions: { description: string; dueOn: string | null }[],
  createdBy: string,
) {
  const [row] = await db
    .insert(pointConsultations)
    .values({ ...values, pointId: point.id, centerId: point.centerId, createdBy })
    .returning();
  if (!row) throw new Error('consultation insert returned nothing');
  const actionRows = actions.length
    ? await db
        .insert(pointConsultationActions)
        .values(actions.map((a) => ({ ...a, consultationId: row.id, pointId: point.id, centerId: point.centerId })))
        .returning()
    : [];
  return { consultation: row, actions: actionRows };
}

const consultationColumns = {
  id: pointConsultations.id,
  pointId: pointConsultations.pointId,
  pointName: points.name,
  heldOn: pointConsultations.heldOn,
  kind: pointConsultations.kind,
  topics: pointConsultations.topics,
  notes: pointConsultations.notes,
  authorFamilyName: users.familyName,
  authorGivenName: users.givenName,
  openActions:
    sql<number>`(select count(*) from ${pointConsultationActions} a where a.consultation_id = ${pointConsultations.id} and a.done_at is null)`.mapWith(Number),
};

function selectConsultations(db: Queryable) {
  return db
    .select(consultationColumns)
    .from(pointConsultations)
    .innerJoin(points, eq(points.id, pointConsultations.pointId))
    .leftJoin(users, eq(users.id, pointConsultations.createdBy));
}
export type ConsultationRow = Awaited<ReturnType<ReturnType<typeof selectConsultations>['execute']>>[number];

export const consultationSorts = ['heldOn', 'point'] as const;
export type ConsultationSort = (typeof consultationSorts)[number];

function consultationOrder(sort: ConsultationSort, dir: 'asc' | 'desc') {
  const d = sql.raw(dir);
  const byDay = sql`${pointConsultations.heldOn} ${d}`;
  if (sort === 'point') return [sql`${points.sortKey} collate "C" ${d}`, desc(pointConsultations.heldOn), pointConsultations.id];
  return [byDay, desc(pointConsultations.createdAt), pointConsultations.id];
}

/** The consultations of a center (or of one point), newest first by default. */
export function findConsultations(
  db: Queryable,
  where: { centerId: string; pointId?: string },
  order: { sort: ConsultationSort; dir: 'asc' | 'desc' },
  page: { limit: number; offset: number },
) {
  return selectConsultations(db)
    .where(and(eq(pointConsultations.centerId, where.centerId), where.pointId ? eq(pointConsultations.pointId, where.pointId) : undefined))
    .orderBy(...consultationOrder(order.sort, order.dir))
    .limit(page.limit)
    .offset(page.offset);
}

export async function countConsultations(db: Queryable, where: { centerId: string; pointId?: string }): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(pointConsultations)
    .where(and(eq(pointConsultations.centerId, where.centerId), where.pointId ? eq(pointConsultations.pointId, where.pointId) : undefined));
  return row?.n ?? 0;
}

/** The agreed actions of the given consultations, open ones first, by due day. */
export function findActionsOf(db: Queryable, consultationIds: string[]) {
  if (consultationIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(pointConsultationActions)
    .where(inArray(pointConsultationActions.consultationId, consultationIds))
    .orderBy(sql`${pointConsultationActions.doneAt} is not null`, sql`${pointConsultationActions.dueOn} nulls last`, pointConsultationActions.createdAt);
}
export type ConsultationActionRow = Awaited<ReturnType<typeof findActionsOf>>[number];

/** Marks an open action of the point done; undefined when there is no such open action. */
export async function markActionDoneRow(db: Queryable, pointId: string, actionId: string) {
  const [row] = await db
    .update(pointConsultationActions)
    .set({ doneAt: new Date() })
    .where(and(eq(pointConsultationActions.id, actionId), eq(pointConsultationActions.pointId, pointId), isNull(pointConsultationActions.doneAt)))
    .returning();
  return row;
}

/** Open actions due before `today` in the centers, with the center that has the most of them. */
export async function countOverdueActions(db: Queryable, centerIds: 'all' | string[], today: string) {
  if (centerIds !== 'all' && centerIds.length === 0) return { count: 0, centerId: null };
  const rows = await db
    .select({ centerId: pointConsultationActions.centerId, n: count() })
    .from(pointConsultationActions)
    .where(
      and(
        centerIds === 'all' ? undefined : inArray(pointConsultationActions.centerId, centerIds),
        isNull(pointConsultationActions.doneAt),
        lt(pointConsultationActions.dueOn, today),
      ),
    )
    .groupBy(pointConsultationActions.centerId)
    .orderBy(desc(count()));
  return { count: rows.reduce((sum, r) => sum + r.n, 0), centerId: rows[0]?.centerId ?? null };
}
