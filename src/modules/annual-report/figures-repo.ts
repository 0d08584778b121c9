import { sql } from 'drizzle-orm';
import { type Queryable, queryRows } from '../../db/database.js';

/**
 * The annual report's figures of one center and year that the statistics layer does not hold:
 * inquiries, knowledge articles, trainings, promotion, advocacy, the points network and the top
 * stories. Instants are counted by the Budapest calendar year: [start, end) are its first instant
 * and the next year's first instant.
 */
export type YearWindow = { centerId: string; year: number; start: Date; end: Date };

const n = (v: string | number | null | undefined) => Number(v ?? 0);
const iso = (d: Date) => d.toISOString();

export type Counted = { key: string; count: number };

export async function inquiriesByChannel(db: Queryable, w: YearWindow): Promise<Counted[]> {
  const rows = await queryRows<{ key: string; count: string }>(
    db,
    sql`select channel as key, count(*) as count from inquiries
        where center_id = ${w.centerId} and received_at >= ${iso(w.start)}::timestamptz and received_at < ${iso(w.end)}::timestamptz
        group by channel`,
  );
  return rows.map((r) => ({ key: r.key, count: n(r.count) }));
}

/** Inquiries per topic (an inquiry with two topics counts in both); the key is the topic's name. */
export async function inquiriesByTopic(db: Queryable, w: YearWindow): Promise<Counted[]> {
  const rows = await queryRows<{ key: string; count: string }>(
    db,
    sql`select t.name as key, count(*) as count from inquiries i
          join inquiry_topic_links l on l.inquiry_id = i.id join inquiry_topics t on t.id = l.topic_id
        where i.center_id = ${w.centerId} and i.received_at >= ${iso(w.start)}::timestamptz and i.received_at < ${iso(w.end)}::timestamptz
        group by t.name`,
  );
  return rows.map((r) => ({ key: r.key, count: n(r.count) }));
}

/** The center's own knowledge-base articles first published in the year (their published titles). */
export async function articlesPublished(db: Queryable, w: YearWindow): Promise<{ title: string; publishedAt: Date }[]> {
  const rows = await queryRows<{ title: string; publishedAt: string | Date }>(
    db,
    sql`select v.title, a.published_at as "publishedAt" from knowledge_articles a
          join knowledge_article_versions v on v.article_id = a.id and v.version = a.published_version
        where a.center_id = ${w.centerId} and a.status = 'published'
          and a.published_at >= ${iso(w.start)}::timestamptz and a.published_at < ${iso(w.end)}::timestamptz
        order by a.published_at, v.title`,
  );
  return rows.map((r) => ({ title: r.title, publishedAt: new Date(r.publishedAt) }));
}

export type CourseFigures = { title: string; sessions: number; completed: number };

/** Sessions held in the year (not cancelled, already over on `now`) per course, with the participants who completed them. */
export async function trainingsHeld(db: Queryable, w: YearWindow, now: Date): Promise<CourseFigures[]> {
  const rows = await queryRows<{ title: string; sessions: string; completed: string }>(
    db,
    sql`select c.title, count(distinct s.id) as sessions, count(r.id) as completed from training_sessions s
          join training_courses c on c.id = s.course_id
          left join training_registrations r on r.session_id = s.id and r.status = 'completed'
        where s.center_id = ${w.centerId} and s.cancelled_at is null and s.ends_at <= ${iso(now)}::timestamptz
          and s.starts_at >= ${iso(w.start)}::timestamptz and s.starts_at < ${iso(w.end)}::timestamptz
        group by c.id, c.title`,
  );
  return rows.map((r) => ({ title: r.title, sessions: n(r.sessions), completed: n(r.completed) }));
}

/** Opportunities first published and host organizations approved in the year. */
export async function promotionCounts(db: Queryable, w: YearWindow): Promise<{ opportunitiesPublished: number; organizationsApproved: number }> {
  const [row] = await queryRows<{ opportunities: string; organizations: string }>(
    db,
    sql`select
          (select count(*) from opportunities where center_id = ${w.centerId}
             and published_at >= ${iso(w.start)}::timestamptz and published_at < ${iso(w.end)}::timestamptz) as opportunities,
          (select count(*) from organizations where center_id = ${w.centerId} and status = 'approved'
             and vetted_at >= ${iso(w.start)}::timestamptz and vetted_at < ${iso(w.end)}::timestamptz) as organizations`,
  );
  return { opportunitiesPublished: n(row?.opportunities), organizationsApproved: n(row?.organizations) };
}

export type ActionKindFigures = { kind: string; actions: number; withOutcome: number };

/** Advocacy actions held in the year by kind, and how many have a recorded outcome. */
export async function advocacyByKind(db: Queryable, w: YearWindow): Promise<ActionKindFigures[]> {
  const rows = await queryRows<{ kind: string; actions: string; with_outcome: string }>(
    db,
    sql`select kind, count(*) as actions, count(*) filter (where coalesce(trim(outcome), '') <> '') as with_outcome from advocacy_actions
        where center_id = ${w.centerId} and held_on between ${`${w.year}-01-01`}::date and ${`${w.year}-12-31`}::date group by kind`,
  );
  return rows.map((r) => ({ kind: r.kind, actions: n(r.actions), withOutcome: n(r.with_outcome) }));
}

/** Stakeholders the center kept at the end of the year. */
export async function stakeholderCount(db: Queryable, w: YearWindow): Promise<number> {
  const [row] = await queryRows<{ n: string }>(
    db,
    sql`select count(*) as n from stakeholders where center_id = ${w.centerId} and created_at < ${iso(w.end)}::timestamptz`,
  );
  return n(row?.n);
}

/**
 * The center's Volunteer Points that existed at the end of the year, by their status then: the last
 * status step recorded by the year's end, else the status before the first later step, else today's.
 */
export async function pointsByStatus(db: Queryable, w: YearWindow): Promise<Counted[]> {
  const yearEnd = `${w.year}-12-31`;
  const rows = await queryRows<{ key: string; count: string }>(
    db,
    sql`select coalesce(
             (select e.to_status from point_status_events e where e.point_id = p.id and e.on <= ${yearEnd}::date order by e.on desc, e.at desc limit 1),
             (select e.from_status from point_status_events e where e.point_id = p.id and e.on > ${yearEnd}::date order by e.on, e.at limit 1),
             p.status) as key,
           count(*) as count
        from points p where p.center_id = ${w.centerId} and p.created_at < ${iso(w.end)}::timestamptz group by 1`,
  );
  return rows.map((r) => ({ key: r.key, count: n(r.count) }));
}

/** Points that became active in the year: by a recorded status step, or created active in the year without any step recorded. */
export async function pointsActivated(db: Queryable, w: YearWindow): Promise<{ name: string; on: string }[]> {
  return queryRows<{ name: string; on: string }>(
    db,
    sql`select p.name, to_char(min(coalesce(e.on, (p.created_at at time zone 'Europe/Budapest')::date)), 'YYYY-MM-DD') as on
        from points p left join point_status_events e on e.point_id = p.id and e.to_status = 'active'
        where p.center_id = ${w.centerId}
          and ((e.id is not null and e.on between ${`${w.year}-01-01`}::date and ${`${w.year}-12-31`}::date)
            or (p.status = 'active' and p.created_at >= ${iso(w.start)}::timestamptz and p.created_at < ${iso(w.end)}::timestamptz
                and not exists (select 1 from point_status_events x where x.point_id = p.id)))
        group by p.id, p.name order by 2, p.name`,
  );
}

export type TopOpportunity = { title: string; organization: string; volunteers: number; minutes: number };

/** The year's opportunities with the most approved hours (approved_hour_months, ADR 024). */
export async function topOpportunities(db: Queryable, w: YearWindow, limit: number): Promise<TopOpportunity[]> {
  const rows = await queryRows<{ title: string; organization: string; volunteers: string; minutes: string }>(
    db,
    sql`select o.title, g.name as organization, count(distinct m.volunteer_id) as volunteers, sum(m.minutes) as minutes
        from approved_hour_months m join opportunities o on o.id = m.opportunity_id join organizations g on g.id = m.organization_id
        where m.center_id = ${w.centerId} and m.month between ${`${w.year}-01-01`}::date and ${`${w.year}-12-01`}::date
        group by o.id, o.title, g.name order by sum(m.minutes) desc, o.title limit ${limit}`,
  );
  return rows.map((r) => ({ title: r.title, organization: r.organization, volunteers: n(r.volunteers), minutes: n(r.minutes) }));
}

export type ActionWithOutcome = { title: string; kind: string; heldOn: string; outcome: string };

/** Advocacy actions of the year with a recorded outcome, in date order. */
export function actionsWithOutcome(db: Queryable, w: YearWindow, limit: number): Promise<ActionWithOutcome[]> {
  return queryRows<ActionWithOutcome>(
    db,
    sql`select title, kind, to_char(held_on, 'YYYY-MM-DD') as "heldOn", outcome from advocacy_actions
        where center_id = ${w.centerId} and held_on between ${`${w.year}-01-01`}::date and ${`${w.year}-12-31`}::date
          and coalesce(trim(outcome), '') <> ''
        order by held_on, title limit ${limit}`,
  );
}
