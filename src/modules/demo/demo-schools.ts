import { sql } from 'drizzle-orm';
import { arrayParam, queryRows, type Tx } from '../../db/database.js';
import {
  ikszAgreements,
  ikszGuardianAgreements,
  ikszSchoolCaps,
  ikszStudents,
  programOpportunities,
  programPartners,
  programs,
  schoolMembers,
  schools,
} from '../../db/schema/index.js';
import { addDays, budapestDay } from '../../platform/budapest-time.js';
import { hungarianSortKey } from '../../platform/hungarian-sort-key.js';
import { translator } from '../../platform/i18n.js';
import { reapplyProgramRules } from '../programs/rules.js';
import { defaultAgreementTemplate, fillAgreementTemplate } from '../schools/agreement-template.js';
import { schoolYearOf } from '../volunteer-law/school-calendar.js';
import type { DemoUser } from './brokering-seed.js';

/** The demo school's OM identifier: fictional (OM identifiers of real schools are 6 digits too; 999xxx is not issued). */
export const demoSchoolOmId = '999101';
export const demoSchoolName = 'Kecskeméti Katona József Gimnázium (demó)';

export type SchoolsDemo = {
  schoolId: string;
  studentIds: string[];
  /** The student whose guardian is gondviselo@kapocs.example (null if the brokering demo has no such minor). */
  guardianStudentId: string | null;
  agreementIds: string[];
  hostOrganizationIds: string[];
  programId: string;
};

/**
 * Schools in the demo (issue 16), all fictional: a Kecskemét grammar school with iskola@kapocs.example
 * as IKSZ coordinator and osztalyfonok@kapocs.example as class teacher of 10.B; students in grades
 * 9–11 (the demo's own fictional minors), including the demo minor whose guardian is gondviselo@kapocs.example; this school year's
 * guardian agreements for most (not for that minor, so the guardian has one to give), one SNI
 * exemption; caps at_school 10 h (refuse) and per_host 20 h (warn); signed cooperation agreements
 * with three approved hosts (the first is szervezet@kapocs.example's organization), one ending within
 * 30 days; and the published IKSZ program "iksz-bacs-kiskun" with the school and the hosts as partners
 * and the hosts' published opportunities, marked IKSZ-eligible. The IKSZ log's demo finds the school by
 * its OM identifier (`demoSchoolOmId`).
 */
export async function seedSchoolsDemo(tx: Tx, input: { centerId: string; now: Date; usersByEmail: Map<string, DemoUser> }): Promise<SchoolsDemo | null> {
  const user = (email: string) => {
    const found = input.usersByEmail.get(email);
    if (!found) throw new Error(`demo account missing: ${email}`);
    return found;
  };
  const today = budapestDay(input.now);
  const year = schoolYearOf(today);
  const coordinator = user('iskola@kapocs.example');
  const [place] = await queryRows<{ id: number }>(tx, sql`select id from places where name = 'Kecskemét' and not is_summary order by population desc limit 1`);
  if (!place) return null;

  const [school] = await tx
    .insert(schools)
    .values({
      centerId: input.centerId,
      name: demoSchoolName,
      sortKey: hungarianSortKey(demoSchoolName),
      omId: demoSchoolOmId,
      placeId: place.id,
      address: 'Minta utca 10. (demó)',
      email: 'titkarsag@katona-demo.example',
      phone: '+36 76 000 1010',
      createdBy: user('koordinator@kapocs.example').id,
    })
    .returning({ id: schools.id });
  if (!school) throw new Error('demo school missing');
  await tx.insert(schoolMembers).values([
    { schoolId: school.id, userId: coordinator.id, role: 'coordinator', classNames: [] },
    { schoolId: school.id, userId: user('osztalyfonok@kapocs.example').id, role: 'class_teacher', classNames: ['10.B'] },
  ]);

  // Students: the demo's own fictional minors aged 14–17 (no new volunteer profiles), in the grade
  // their age suggests (9–11); the demo guardian's minor among them, in 10.B like the class teacher's class.
  const firstYear = Number(year.label.slice(0, 4));
  const gradeOf = (birthDate: string | null) => Math.min(11, Math.max(9, firstYear - Number(birthDate?.slice(0, 4) ?? firstYear - 15) - 5));
  const classOf = (grade: number) => (grade === 10 ? '10.B' : `${grade}.A`);
  const [minor] = await queryRows<{ id: string; birthDate: string | null }>(
    tx,
    sql`select v.id, v.birth_date::text as "birthDate" from guardian_links l join volunteers v on v.id = l.volunteer_id
        where l.guardian_user_id = ${user('gondviselo@kapocs.example').id} and l.confirmed_at is not null and l.revoked_at is null
        order by v.sort_key collate "C" limit 1`,
  );
  const others = await queryRows<{ id: string; birthDate: string | null }>(
    tx,
    sql`select v.id, v.birth_date::text as "birthDate" from volunteers v
        where v.center_id = ${input.centerId} and v.user_id is null and v.id <> ${minor?.id ?? '00000000-0000-0000-0000-000000000000'}
          and v.birth_date > ${addDays(year.from, -18 * 365)} and v.birth_date <= ${addDays(year.from, -14 * 365)}
        order by v.sort_key collate "C", v.id limit 7`,
  );
  const exemptId = others[others.length - 1]?.id;
  const enrolled = await tx
    .insert(ikszStudents)
    .values(
      [
        ...(minor ? [{ ...minor, className: '10.B', grade: 10 }] : []),
        ...others.map((o) => ({ ...o, grade: gradeOf(o.birthDate), className: classOf(gradeOf(o.birthDate)) })),
      ].map((o) => ({
        schoolId: school.id,
        volunteerId: o.id,
        className: o.className,
        grade: o.grade,
        track: 'gimnazium',
        // One SNI student, exempted on the expert committee's proposal (HUNGARY.md §2.1).
        exemptReason: o.id === exemptId ? 'sni' : null,
        exemptNote: o.id === exemptId ? 'A szakértői bizottság javaslata alapján (demó).' : null,
        exemptRecordedBy: o.id === exemptId ? coordinator.id : null,
        createdBy: coordinator.id,
      })),
    )
    .returning({ id: ikszStudents.id, volunteerId: ikszStudents.volunteerId });
  const guardianStudentId = enrolled.find((e) => e.volunteerId === minor?.id)?.id ?? null;
  const students = enrolled.filter((e) => e.volunteerId !== minor?.id);

  // This school year's application forms (paper) for most: not for the guardian's minor (the guardian
  // agrees online), one more student and the exempt one.
  const agreed = students.filter((e, i) => i !== 1 && e.volunteerId !== exemptId);
  if (agreed.length)
    await tx.insert(ikszGuardianAgreements).values(
      agreed.map((s, i) => ({
        studentId: s.id,
        schoolYear: year.label,
        agreedOn: addDays(year.from, 7 + i),
        plannedPlace: 'Kecskemét',
        plannedTime: 'A tanév során, hétvégenként',
        recordedBy: coordinator.id,
      })),
    );

  await tx.insert(ikszSchoolCaps).values([
    { schoolId: school.id, kind: 'at_school', maxHours: 10, mode: 'refuse' },
    { schoolId: school.id, kind: 'per_host', maxHours: 20, mode: 'warn' },
  ]);

  // Hosts: szervezet@kapocs.example's organization first, then two more approved hosts of the center.
  const hosts = await queryRows<{ id: string; name: string; address: string }>(
    tx,
    sql`select o.id, o.name, trim(both ', ' from coalesce(p.name, '') || ', ' || coalesce(o.address, '')) as address
        from organizations o left join places p on p.id = o.place_id
        where o.center_id = ${input.centerId} and o.status = 'approved'
        order by exists (select 1 from organization_members m where m.organization_id = o.id and m.user_id = ${user('szervezet@kapocs.example').id}) desc,
                 o.sort_key collate "C", o.id
        limit 3`,
  );
  const areaSets = [['b', 'g'], ['e'], ['c', 'd']];
  const agreementIds: string[] = [];
  for (const [i, host] of hosts.entries()) {
    const areas = areaSets[i] as string[];
    // The last one ends in 20 days: the lists and the coordinator's dashboard warn about it.
    const startsOn = year.from;
    const endsOn = i === hosts.length - 1 ? addDays(today, 20) : year.to;
    const facts = {
      school: { name: demoSchoolName, omId: demoSchoolOmId, address: 'Kecskemét, Minta utca 10. (demó)' },
      host: { name: host.name, address: host.address },
      startsOn,
      endsOn,
      mentorName: ['Szalai Judit', 'Pintér Gábor', 'Vass Eszter'][i] as string,
      mentorTasks: 'A diákok fogadása és felkészítése, a balesetvédelmi oktatás, a tevékenység felügyelete és a napló igazolása.',
      areas,
    };
    const [row] = await tx
      .insert(ikszAgreements)
      .values({
        schoolId: school.id,
        organizationId: host.id,
        startsOn,
        endsOn,
        mentorName: facts.mentorName,
        mentorTasks: facts.mentorTasks,
        areas,
        body: fillAgreementTemplate(defaultAgreementTemplate, facts, translator('hu')),
        schoolSignedOn: startsOn,
        hostSignedOn: addDays(startsOn, 2),
        createdBy: coordinator.id,
      })
      .returning({ id: ikszAgreements.id });
    if (row) agreementIds.push(row.id);
  }

  // The county's IKSZ program, with the school and the hosts as partners and their published opportunities.
  const programName = 'Bács-Kiskuni iskolai közösségi szolgálat';
  const [program] = await tx
    .insert(programs)
    .values({
      centerId: input.centerId,
      name: programName,
      sortKey: hungarianSortKey(programName),
      slug: 'iksz-bacs-kiskun',
      kind: 'iksz',
      status: 'published',
      summary: 'Közösségi szolgálati lehetőségek középiskolásoknak a megye fogadó szervezeteinél, együttműködési megállapodással.',
      description:
        'Az iskolai közösségi szolgálat (IKSZ) az érettségi feltétele: 50 óra a 9–11. évfolyamon. A program a megye iskoláit és fogadó szervezeteit köti össze.\n\nA diák a naplójában rögzíti az alkalmakat, a fogadó szervezet igazolja, az iskola elfogadja.',
      createdBy: user('koordinator@kapocs.example').id,
    })
    .returning({ id: programs.id });
  if (!program) throw new Error('demo IKSZ program missing');
  await tx
    .insert(programPartners)
    .values([
      { programId: program.id, partnerKind: 'school', partnerId: school.id },
      ...hosts.map((h) => ({ programId: program.id, partnerKind: 'organization', partnerId: h.id })),
    ]);
  const open = await queryRows<{ id: string; organizationId: string }>(
    tx,
    sql`select id, organization_id as "organizationId" from opportunities
        where status = 'published' and organization_id = any(${arrayParam(
          hosts.map((h) => h.id),
          'uuid',
        )})
        order by created_at, id`,
  );
  for (const o of open) {
    const areas = areaSets[hosts.findIndex((h) => h.id === o.organizationId)] ?? ['b'];
    await tx.execute(sql`update opportunities set iksz_eligible = true, iksz_areas = ${arrayParam(areas, 'text')} where id = ${o.id}`);
    await tx.insert(programOpportunities).values({ programId: program.id, opportunityId: o.id }).onConflictDoNothing();
    await reapplyProgramRules(tx, o.id, user('koordinator@kapocs.example').id);
  }

  return {
    schoolId: school.id,
    studentIds: students.map((s) => s.id),
    guardianStudentId,
    agreementIds,
    hostOrganizationIds: hosts.map((h) => h.id),
    programId: program.id,
  };
}
