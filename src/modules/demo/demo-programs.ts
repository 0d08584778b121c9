import { sql } from 'drizzle-orm';
import { arrayParam, queryRows, type Tx } from '../../db/database.js';
import { programOpportunities, programPartners, programs } from '../../db/schema/index.js';
import { hungarianSortKey } from '../../platform/hungarian-sort-key.js';
import { reapplyProgramRules } from '../programs/rules.js';

/**
 * The programs part of the demo (issue 16), all fictional: one published "other" program of the demo
 * center ("Idősbarát program") with a few of its published opportunities and their hosts as partners,
 * and four published opportunities marked IKSZ-eligible with areas of 20/2012. EMMI r. 133. § (2), so
 * the county IKSZ list (/iksz/hosts) has rows. The IKSZ, corporate and hospital programs come from
 * their own demo parts.
 */
export async function seedProgramsDemo(tx: Tx, input: { centerId: string; coordinatorUserId: string | null }): Promise<void> {
  const open = await queryRows<{ id: string; organizationId: string; minAge: number | null }>(
    tx,
    sql`select o.id, o.organization_id as "organizationId", o.min_age as "minAge"
        from opportunities o join organizations org on org.id = o.organization_id
        where o.center_id = ${input.centerId} and o.status = 'published' and org.status = 'approved'
        order by o.created_at, o.id`,
  );
  if (open.length === 0) return;

  const name = 'Idősbarát program';
  const [program] = await tx
    .insert(programs)
    .values({
      centerId: input.centerId,
      name,
      sortKey: hungarianSortKey(name),
      slug: 'idosbarat-program',
      kind: 'other',
      status: 'published',
      summary: 'Látogatás, bevásárlás és közös programok egyedül élő idős emberekkel a megyében.',
      description:
        'Az Idősbarát program a megye fogadó szervezeteinek idősekkel kapcsolatos önkéntes lehetőségeit fogja össze.\n\nHetente néhány óra is sokat számít: beszélgetés, felolvasás, bevásárlás vagy kísérés orvoshoz.',
      createdBy: input.coordinatorUserId,
    })
    .returning({ id: programs.id });
  if (!program) throw new Error('demo program missing');
  const inProgram = open.slice(0, 3);
  for (const o of inProgram) {
    await tx.insert(programOpportunities).values({ programId: program.id, opportunityId: o.id });
    await reapplyProgramRules(tx, o.id, input.coordinatorUserId);
  }
  for (const organizationId of new Set(inProgram.map((o) => o.organizationId))) {
    await tx.insert(programPartners).values({ programId: program.id, partnerKind: 'organization', partnerId: organizationId });
  }

  // Suitable for students of 14–18: no minimum age above 16. Areas: 133. § (2) a)–h).
  const areaSets = [['b', 'g'], ['c'], ['e'], ['d', 'b']];
  const forStudents = open.filter((o) => o.minAge == null || o.minAge <= 16).slice(0, areaSets.length);
  for (const [i, o] of forStudents.entries()) {
    await tx.execute(sql`update opportunities set iksz_eligible = true, iksz_areas = ${arrayParam(areaSets[i] as string[], 'text')} where id = ${o.id}`);
  }
}
