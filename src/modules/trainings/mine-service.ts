import type { Queryable } from '../../db/database.js';
import { type Actor, can, requireActor } from '../../platform/authz.js';
import { addDays, budapestDay, budapestDayStart } from '../../platform/budapest-time.js';
import { maxExportRows } from '../../platform/export.js';
import { type ListParams, offsetOf, type Page, pageOf } from '../../platform/list-params.js';
import { getVolunteerByUserId } from '../volunteers/service.js';
import { countMyRegistrations, findMyRegistrations, type MyRegistrationRow } from './participants-repo.js';
import { managedCenters } from './policy.js';
import type { RegistrationSort } from './schema.js';
import { countOpenOffers, findSessionsStartingBetween, type SessionRow } from './session-repo.js';

export type { MyRegistrationRow };

/** Whose registrations "my trainings" lists: the actor's as a volunteer and as an organization's staff member. */
async function personOf(db: Queryable, actor: Actor | null) {
  const a = requireActor(actor);
  const volunteer = await getVolunteerByUserId(db, a.userId);
  return { volunteerId: volunteer?.id ?? null, userId: a.userId };
}

/** "My trainings": the signed-in person's registrations, waitlist places and offers to answer, a page at a time. */
export async function listMyTrainings(db: Queryable, actor: Actor | null, params: ListParams<RegistrationSort>): Promise<Page<MyRegistrationRow>> {
  const person = await personOf(db, actor);
  const [rows, total] = await Promise.all([
    findMyRegistrations(db, person, params, { limit: params.pageSize, offset: offsetOf(params) }),
    countMyRegistrations(db, person),
  ]);
  return pageOf(rows, total, params);
}

export async function exportMyTrainings(db: Queryable, actor: Actor | null, order: Pick<ListParams<RegistrationSort>, 'sort' | 'dir'>) {
  return findMyRegistrations(db, await personOf(db, actor), order, { limit: maxExportRows, offset: 0 });
}

/** The dashboard's look ahead: sessions of the actor's centers in the next 14 days. */
export const upcomingSessionDays = 14;

export type TrainingsAtAGlance = { upcoming: SessionRow[]; openOffers: number };

/** For the coordinator dashboard: the sessions coming up and the seat offers waiting for an answer; null without trainings.manage. */
export async function trainingsAtAGlance(db: Queryable, actor: Actor | null, now = new Date()): Promise<TrainingsAtAGlance | null> {
  if (!can(actor, 'trainings.manage')) return null;
  const centers = managedCenters(actor);
  const until = budapestDayStart(addDays(budapestDay(now), upcomingSessionDays + 1));
  const [upcoming, openOffers] = await Promise.all([findSessionsStartingBetween(db, centers, now, until), countOpenOffers(db, centers)]);
  return { upcoming, openOffers };
}
