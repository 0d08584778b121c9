import type { Queryable } from '../../db/database.js';
import { type Actor, requirePermission } from '../../platform/authz.js';
import { budapestDay, budapestDayStart } from '../../platform/budapest-time.js';
import { hungarianCollator } from '../../platform/i18n.js';
import { type Choice, findPoints, type PointChoice } from './choices-repo.js';
import { inquiryReachOf } from './policy.js';
import type { InquiryFilter } from './repo.js';
import { type InquiryChannel, inquiryChannels } from './schema.js';
import { inquiryCenters } from './service.js';
import { countByGroups, countByTopic, firstInquiryYear, type TopicCount } from './stats-repo.js';

/**
 * The inquiry log's statistics (issue 14): a year's inquiries by month, topic, channel and Volunteer
 * Point, over what the actor may see (policy.ts), optionally one center's or one point's.
 */

export type PointCount = { pointId: string | null; name: string | null; count: number };

export type InquiryStats = {
  year: number;
  /** The years to choose from: the first with an inquiry (or this year) to this year, newest first. */
  years: number[];
  centerId?: string;
  pointId?: string;
  centers: Choice[];
  points: PointChoice[];
  total: number;
  months: { month: number; count: number }[];
  channels: { channel: InquiryChannel; count: number }[];
  topics: TopicCount[];
  /** Per point; `pointId` null: logged by the center itself (or sent through the public form). */
  byPoint: PointCount[];
};

export function currentYear(now = new Date()): number {
  return Number(budapestDay(now).slice(0, 4));
}

/** The statistics of a year; a center or point outside the actor's reach is ignored (the whole reach is counted). */
export async function inquiryStats(
  db: Queryable,
  actor: Actor | null,
  query: { year?: number; center?: string; point?: string },
  now = new Date(),
): Promise<InquiryStats> {
  const a = requirePermission(actor, 'inquiries.log');
  const reach = inquiryReachOf(a);
  const thisYear = currentYear(now);
  const year = query.year ?? thisYear;
  const centers = await inquiryCenters(db, a);
  const centerId = centers.length > 1 ? centers.find((c) => c.id === query.center)?.id : undefined;
  const points = await findPoints(db, { centers: centerId ? [centerId] : reach.centers, points: reach.points.map((p) => p.pointId) });
  const pointId = points.find((p) => p.id === query.point)?.id;
  const filter: InquiryFilter = {
    centerId,
    pointId,
    receivedFrom: budapestDayStart(`${year}-01-01`),
    receivedBefore: budapestDayStart(`${year + 1}-01-01`),
  };
  const [groups, topics, first] = await Promise.all([
    countByGroups(db, reach, filter),
    countByTopic(db, reach, filter),
    firstInquiryYear(db, reach.centers === 'all' ? 'all' : centers.map((c) => c.id)),
  ]);
  const from = Math.min(first ?? thisYear, year, thisYear);
  const years = Array.from({ length: Math.max(thisYear, year) - from + 1 }, (_, i) => Math.max(thisYear, year) - i);
  const pointName = (id: string | null) => (id === null ? null : (points.find((p) => p.id === id)?.name ?? null));
  return {
    year,
    years,
    centerId,
    pointId,
    centers,
    points,
    total: [...groups.months.values()].reduce((sum, n) => sum + n, 0),
    months: Array.from({ length: 12 }, (_, i) => ({ month: i + 1, count: groups.months.get(i + 1) ?? 0 })),
    channels: inquiryChannels.map((channel) => ({ channel, count: groups.channels.get(channel) ?? 0 })),
    topics,
    byPoint: [...groups.points]
      .map(([id, count]) => ({ pointId: id, name: pointName(id), count }))
      .sort((x, y) => y.count - x.count || hungarianCollator.compare(x.name ?? '', y.name ?? '')),
  };
}
