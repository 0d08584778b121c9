import type { Queryable } from '../../db/database.js';
import { type Actor, can, centersVisibleTo, requirePermission } from '../../platform/authz.js';
import { centerNames, countVisibleCenters } from '../centers/service.js';
import { type OpenRequestsSummary, openRequestsSummary } from '../erasure/service.js';
import { countPendingMail } from '../outbox/service.js';
import { countVisiblePoints, pointsOfActor } from '../points/service.js';
import { countManagedUsers } from '../users/service.js';
import { schoolYearWithoutBreaks } from '../volunteer-law/legal-data-admin-service.js';

/** What the dashboard shows: only what the actor may open, with small counts. */
export type Dashboard = {
  centers?: { count: number; points: number };
  /** Centers the actor works in (for center staff: a direct link to their center). */
  ownCenters: { id: string; name: string }[];
  ownPoints: { id: string; name: string; centerName: string }[];
  users?: number;
  audit: boolean;
  pendingMail?: number;
  /** Open data requests (erasure, access) in the actor's centers, the soonest deadlines first (only for those who decide them). */
  openDataRequests?: OpenRequestsSummary;
  /** The inactive-account job's preview (modules/retention), for those who may see it. */
  inactiveAccounts: boolean;
  /** For those who maintain the legal data: the current school year's label when it has no breaks (ADR 016). */
  legalData?: { schoolYearWithoutBreaks: string | null };
};

export async function dashboardFor(db: Queryable, actor: Actor | null): Promise<Dashboard> {
  const a = requirePermission(actor, 'admin.enter');
  const visible = centersVisibleTo(a, 'centers.view');
  const [centers, points, users, pendingMail, ownPoints, names, openDataRequests] = await Promise.all([
    can(a, 'centers.view') ? countVisibleCenters(db, a) : undefined,
    can(a, 'centers.view') ? countVisiblePoints(db, a) : undefined,
    can(a, 'users.manage') ? countManagedUsers(db, a) : undefined,
    can(a, 'outbox.view') ? countPendingMail(db, a) : undefined,
    pointsOfActor(db, a),
    visible === 'all' ? new Map<string, string>() : centerNames(db, a, visible),
    openRequestsSummary(db, a),
  ]);
  const legalData = can(a, 'legal.manage') ? { schoolYearWithoutBreaks: await schoolYearWithoutBreaks(db, a) } : undefined;
  return {
    centers: centers === undefined ? undefined : { count: centers, points: points ?? 0 },
    ownCenters: [...names].map(([id, name]) => ({ id, name })),
    ownPoints: ownPoints.map((p) => ({ id: p.id, name: p.name, centerName: p.centerName })),
    users,
    audit: can(a, 'audit.view'),
    pendingMail,
    openDataRequests,
    inactiveAccounts: can(a, 'retention.view'),
    legalData,
  };
}
