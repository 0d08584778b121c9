import { sql } from 'drizzle-orm';
import { type Database, queryRows } from '../src/db/database.js';
import { loadStarterTopics } from '../src/modules/inquiries/starter-topics.js';

const marker = 'bench_inquiry_data_set';

/** Issue 14's size: the inquiry statistics over 200,000 inquiries. */
export const inquiryCount = 200_000;

/** How far back the inquiries go: three years, so a year's statistics read a third of a center's. */
const spanMinutes = 3 * 365 * 24 * 60;

/**
 * A national inquiry log: `count` inquiries spread evenly over every center (the bench's twenty and
 * the demo center), two thirds at one of the center's Volunteer Points, over the last three years,
 * every channel, mostly answered, each with one or two national topics. One statement (a
 * data-modifying CTE, on both engines) writes the inquiries and their topic links; the "random"
 * values come from the row number, so the data set is the same on every run. Marked in app_meta; a
 * database that has it is left as it is.
 */
export async function generateInquiryDataSet(db: Database, count = inquiryCount): Promise<boolean> {
  if ((await queryRows(db, sql`select 1 from app_meta where key = ${marker}`)).length > 0) return false;
  await loadStarterTopics(db);
  await db.transaction(async (tx) => {
    await tx.execute(sql`
      with c as (select (row_number() over (order by id) - 1)::int as idx, id from centers),
      k as (select count(*)::int as n from c),
      p as (select center_id, array_agg(id order by id) as ids from points group by center_id),
      t as (select array_agg(id order by sort_key collate "C") as ids from inquiry_topics where center_id is null and archived_at is null),
      i as (
        insert into inquiries (center_id, point_id, channel, asker_kind, asker_name, asker_email, question, answer, status,
                               follow_up_on, follow_up_done_at, received_at, created_at, updated_at)
        select c.id,
               case when g % 3 = 0 or p.ids is null then null else p.ids[1 + (g / 3) % cardinality(p.ids)] end,
               (array['phone', 'phone', 'email', 'in_person', 'event', 'online_form'])[1 + g % 6],
               case when g % 5 = 0 then 'anonymous' when g % 7 = 0 then 'organization' else 'person' end,
               case when g % 5 = 0 then null else 'Mérési Kérdező ' || g end,
               case when g % 5 = 0 or g % 2 = 0 then null else 'kerdezo-' || g || '@kapocs.example' end,
               'Mérési kérdés ' || g,
               case when g % 4 = 0 then null else 'Mérési válasz a kérdésre, a tudástár cikkeire hivatkozva.' end,
               case when g % 4 = 0 then 'open' when g % 4 = 1 then 'answered' else 'closed' end,
               case when g % 20 = 0 then (r.at at time zone 'Europe/Budapest')::date + 7 end,
               case when g % 20 = 0 and g % 40 <> 0 then r.at + interval '7 days' end,
               r.at, r.at, r.at
        from generate_series(1, ${count}) g
        cross join lateral (select now() - ((g::bigint * 7919) % ${spanMinutes}) * interval '1 minute' as at) r
        join c on c.idx = g % (select n from k)
        left join p on p.center_id = c.id
        returning id, substring(question from 15)::int as n
      )
      insert into inquiry_topic_links (inquiry_id, topic_id)
      select distinct i.id, x.topic_id
      from i cross join t
      cross join lateral (values (t.ids[1 + i.n % cardinality(t.ids)]),
                                 (case when i.n % 3 = 0 then t.ids[1 + (i.n / 3) % cardinality(t.ids)] end)) x(topic_id)
      where x.topic_id is not null`);
    await tx.execute(sql`insert into app_meta (key, value) values (${marker}, ${String(count)})`);
  });
  // As autovacuum would leave a table that has been in use: statistics, and the visibility map the
  // statistics' index-only look-ups of the topic links rely on.
  await db.execute(sql`vacuum analyze inquiries`);
  await db.execute(sql`vacuum analyze inquiry_topic_links`);
  return true;
}
