import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/database.js';
import { ikszAgreements, ikszOccasions, ikszStudents, places, schools, volunteers } from '../../db/schema/index.js';
import { addDays, budapestDay, budapestToInstant, weekdayIndex } from '../../platform/budapest-time.js';
import { findSchoolCaps } from '../iksz/repo.js';
import { checkOccasion, type OccasionFacts, type OccasionKind, requiredMinutes } from '../iksz/rules.js';
import { loadSchoolCalendar } from '../volunteer-law/legal-data-service.js';
import { schoolYearOf } from '../volunteer-law/school-calendar.js';
import type { DemoUser } from './brokering-seed.js';
import { demoSchoolOmId } from './demo-schools.js';

type Agreement = { organizationId: string; startsOn: string; endsOn: string; areas: string[] };
type Planned = { kind: OccasionKind; day: string; start: string; end: string; organizationId: string | null; area: string; activity: string; minutes: number };
type Status = 'logged' | 'certified' | 'accepted';

const activities: Record<string, string> = {
  a: 'Betegkísérés a kórházi osztályon',
  b: 'Idősek látogatása, közös beszélgetés és felolvasás',
  c: 'Korrepetálás alsó tagozatosoknak',
  d: 'Segítség a könyvtári rendezvényen',
  e: 'Parktakarítás és faültetés',
  g: 'Közös játék óvodásokkal',
};

/**
 * The IKSZ log of the demo (issue 16), on the demo school (found by its OM identifier; nothing when
 * the schools demo made none): one student with the 50 hours accepted (preparation and closing
 * included), one behind, the demo guardian's
 * minor with occasions certified (waiting for the school) and logged (waiting for
 * szervezet@kapocs.example's organization), and a few hours for the others. Every occasion passes
 * the rule function (rules.ts `checkOccasion`) before it is written; a candidate that does not is
 * skipped. The hours fall in this school year (the agreements' year): seeded early in a school year,
 * the complete student has what the weekends so far allow.
 */
export async function seedIkszDemo(tx: Tx, input: { now: Date; usersByEmail: Map<string, DemoUser> }): Promise<void> {
  const [school] = await tx
    .select({ id: schools.id, lat: places.lat, lon: places.lon })
    .from(schools)
    .innerJoin(places, eq(places.id, schools.placeId))
    .where(eq(schools.omId, demoSchoolOmId));
  if (!school) return;
  const coordinatorId = input.usersByEmail.get('iskola@kapocs.example')?.id ?? null;
  const guardianId = input.usersByEmail.get('gondviselo@kapocs.example')?.id ?? null;
  const hostMemberId = input.usersByEmail.get('szervezet@kapocs.example')?.id ?? null;
  const today = budapestDay(input.now);
  const year = schoolYearOf(today);
  const current = await tx
    .select({ organizationId: ikszAgreements.organizationId, startsOn: ikszAgreements.startsOn, endsOn: ikszAgreements.endsOn, areas: ikszAgreements.areas })
    .from(ikszAgreements)
    .where(eq(ikszAgreements.schoolId, school.id))
    .orderBy(asc(ikszAgreements.createdAt));
  const first = current[0];
  if (!first) return;
  const agreements: Agreement[] = current;
  const calendar = await loadSchoolCalendar(tx);
  const caps = await findSchoolCaps(tx, school.id);
  const students = await tx
    .select({ id: ikszStudents.id, volunteerId: ikszStudents.volunteerId, birthDate: volunteers.birthDate, lat: volunteers.lat, lon: volunteers.lon })
    .from(ikszStudents)
    .innerJoin(volunteers, eq(volunteers.id, ikszStudents.volunteerId))
    .where(and(eq(ikszStudents.schoolId, school.id), isNull(ikszStudents.exemptReason)))
    .orderBy(asc(volunteers.birthDate), asc(ikszStudents.id));
  const [guardianMinor] = guardianId
    ? await queryRows<{ id: string }>(
        tx,
        sql`select s.id from iksz_students s join guardian_links l on l.volunteer_id = s.volunteer_id
            where s.school_id = ${school.id} and l.guardian_user_id = ${guardianId} and l.confirmed_at is not null and l.revoked_at is null limit 1`,
      )
    : [];
  // szervezet@kapocs.example's organization, among the school's hosts: it certifies in the demo.
  const [hostRow] = hostMemberId
    ? await queryRows<{ id: string }>(
        tx,
        sql`select a.organization_id as id from iksz_agreements a join organization_members m on m.organization_id = a.organization_id
            where a.school_id = ${school.id} and m.user_id = ${hostMemberId} limit 1`,
      )
    : [];
  const hostOrganizationId = hostRow?.id ?? first.organizationId;

  /** Plans occasions for one student on the candidate days until `target` minutes, each checked by the rule function. */
  const plan = (
    student: (typeof students)[number],
    target: number,
    candidates: { kind: OccasionKind; day: string; start: string; end: string }[],
    options: { before?: Planned[]; host?: string } = {},
  ) => {
    const before = options.before ?? [];
    const planned: Planned[] = [];
    let total = 0;
    let turn = 0;
    for (const c of candidates) {
      if (total >= target) break;
      const valid = agreements.filter((a) => a.startsOn <= c.day && c.day <= a.endsOn && (!options.host || a.organizationId === options.host));
      // Hosts in turn, so no one host goes over the school's per-host cap.
      const agreement = c.kind === 'service' ? valid[turn++ % Math.max(1, valid.length)] : undefined;
      if (c.kind === 'service' && !agreement) continue;
      const area = agreement?.areas.find((a) => activities[a]) ?? 'b';
      const facts: OccasionFacts = {
        kind: c.kind,
        loggedBy: c.kind === 'service' ? 'student' : 'school',
        day: c.day,
        startsAt: budapestToInstant(c.day, c.start),
        endsAt: budapestToInstant(c.day, c.end),
        area,
        calendar,
        birthDate: student.birthDate,
        others: [...before, ...planned].map((p) => ({
          day: p.day,
          minutes: p.minutes,
          startsAt: budapestToInstant(p.day, p.start),
          endsAt: budapestToInstant(p.day, p.end),
          kind: p.kind,
          organizationId: p.organizationId,
        })),
        enrolled: true,
        organizationId: agreement?.organizationId ?? null,
        hostIsSchool: false,
        hasAgreement: !!agreement,
        opportunity: null,
        place: { lat: school.lat, lon: school.lon },
        school: { lat: school.lat, lon: school.lon },
        home: student.lat != null && student.lon != null ? { lat: student.lat, lon: student.lon } : null,
        distanceReason: null,
        caps,
      };
      const check = checkOccasion(facts);
      if (check.refusals.length > 0 || check.warnings.length > 0) continue;
      const activity =
        c.kind === 'preparation'
          ? 'Felkészítő foglalkozás az iskolában'
          : c.kind === 'closing'
            ? 'Záró, feldolgozó foglalkozás az iskolában'
            : (activities[area] ?? 'Közösségi segítség');
      planned.push({ ...c, organizationId: agreement?.organizationId ?? null, area, activity, minutes: check.minutes });
      total += check.minutes;
    }
    return planned;
  };

  /** Weekend mornings (and afternoons on school days for the school's sessions) from `from` until yesterday. */
  const weekends = (from: string, ...hours: number[]) => {
    const days: { kind: OccasionKind; day: string; start: string; end: string }[] = [];
    for (let day = from; day < today; day = addDays(day, 1)) {
      if (weekdayIndex(day) < 5) continue;
      // The longer one first; the shorter is the fallback when a limit refuses it (a rule refuses, nothing is forced).
      for (const h of hours) days.push({ kind: 'service', day, start: '09:00', end: `${String(9 + h).padStart(2, '0')}:00` });
    }
    return days;
  };
  const schoolSessions = (kind: 'preparation' | 'closing', days: string[]) =>
    days.filter((d) => d < today).map((day) => ({ kind, day, start: '14:00', end: '16:00' }) as const);

  const write = async (studentId: string, planned: Planned[], statusOf: (p: Planned, i: number) => Status) => {
    const sorted = [...planned].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
    for (const [i, p] of sorted.entries()) {
      const status: Status = p.kind === 'service' ? statusOf(p, i) : 'accepted';
      const at = budapestToInstant(addDays(p.day, 2), '10:00');
      await tx.insert(ikszOccasions).values({
        studentId,
        schoolId: school.id,
        organizationId: p.organizationId,
        serial: i + 1,
        kind: p.kind,
        schoolYear: schoolYearOf(p.day).label,
        activityDay: p.day,
        startsAt: budapestToInstant(p.day, p.start),
        endsAt: budapestToInstant(p.day, p.end),
        minutes: p.minutes,
        placeText: 'Kecskemét',
        placeId: null,
        area: p.area,
        activity: p.activity,
        mentorName: p.kind === 'service' ? 'Szalai Judit' : null,
        status,
        certifiedBy: status !== 'logged' && p.organizationId === hostOrganizationId ? hostMemberId : null,
        certifiedAt: status !== 'logged' && p.kind === 'service' ? at : null,
        acceptedBy: status === 'accepted' ? coordinatorId : null,
        acceptedAt: status === 'accepted' ? addHoursTo(at, 48) : null,
        loggedBy: p.kind === 'service' ? null : coordinatorId,
      });
    }
  };

  // The complete one: the oldest student, 50 hours accepted over two school years, with 4 h preparation and 2 h closing.
  const complete = students.find((s) => s.id !== guardianMinor?.id);
  if (complete) {
    const sessions = [...schoolSessions('preparation', [addDays(year.from, 1), addDays(year.from, 8)]), ...schoolSessions('closing', [addDays(year.from, 15)])];
    const prepared = plan(complete, 6 * 60, sessions);
    const rest = requiredMinutes - prepared.reduce((sum, p) => sum + p.minutes, 0);
    const service = plan(complete, rest, weekends(year.from, 4, 3), { before: prepared });
    await write(complete.id, [...prepared, ...service], () => 'accepted');
  }
  // The one behind: a few accepted hours this year, one more waiting for the host.
  const behind = students.find((s) => s.id !== guardianMinor?.id && s.id !== complete?.id);
  if (behind) await write(behind.id, plan(behind, 8 * 60, weekends(year.from, 2)), (_p, i) => (i < 3 ? 'accepted' : 'logged'));
  // The guardian's minor: two certified (waiting for the school), then two logged at szervezet@kapocs.example's organization.
  const minor = students.find((s) => s.id === guardianMinor?.id);
  if (minor) {
    const saturdays = weekends(year.from, 2).filter((c) => weekdayIndex(c.day) === 5);
    const certified = plan(minor, 4 * 60, saturdays);
    const later = saturdays.filter((c) => c.day > (certified[certified.length - 1]?.day ?? ''));
    const logged = plan(minor, 4 * 60, later, { before: certified, host: hostOrganizationId });
    await write(minor.id, [...certified, ...logged], (p) => (certified.includes(p) ? 'certified' : 'logged'));
  }
  // The others: a couple of accepted hours each.
  for (const other of students.filter((s) => s.id !== complete?.id && s.id !== behind?.id && s.id !== minor?.id)) {
    await write(other.id, plan(other, 4 * 60, weekends(addDays(year.from, 14), 2)), () => 'accepted');
  }
}

function addHoursTo(at: Date, hours: number): Date {
  return new Date(at.getTime() + hours * 3_600_000);
}
