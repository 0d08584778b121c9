import { sql } from 'drizzle-orm';
import { arrayParam, type Queryable, queryRows } from '../../db/database.js';
import type { ProgramRules } from './requirements.js';

/** The opportunity's own rule fields, locked for the re-application. */
export async function lockOpportunityRules(
  db: Queryable,
  opportunityId: string,
): Promise<{ centerId: string; minAge: number | null; requiredQualifications: string[] } | undefined> {
  const [row] = await queryRows<{ centerId: string; minAge: number | null; requiredQualifications: string[] }>(
    db,
    sql`select center_id as "centerId", min_age as "minAge", required_qualifications as "requiredQualifications"
        from opportunities where id = ${opportunityId} for update`,
  );
  return row;
}

export type LinkedProgram = { programId: string; addedQualifications: string[]; rules: ProgramRules };

/** Every program the opportunity belongs to, with its rules and what it added before (oldest link first). */
export async function findLinkedPrograms(db: Queryable, opportunityId: string): Promise<LinkedProgram[]> {
  const rows = await queryRows<{
    programId: string;
    added: string[];
    kind: string;
    slug: string;
    minAge: number | null;
    inductionQualification: string | null;
    healthValidMonths: number | null;
  }>(
    db,
    sql`select p.id as "programId", po.added_qualifications as added, p.kind, p.slug, p.min_age as "minAge",
          p.induction_qualification as "inductionQualification", p.health_valid_months as "healthValidMonths"
        from program_opportunities po join programs p on p.id = po.program_id
        where po.opportunity_id = ${opportunityId}
        order by po.created_at, p.id
        for update of po`,
  );
  return rows.map((r) => ({
    programId: r.programId,
    addedQualifications: r.added ?? [],
    rules: { kind: r.kind, slug: r.slug, minAge: r.minAge, inductionQualification: r.inductionQualification, healthValidMonths: r.healthValidMonths },
  }));
}

export async function setOpportunityRules(db: Queryable, opportunityId: string, values: { minAge: number | null; requiredQualifications: string[] }) {
  await db.execute(
    sql`update opportunities set min_age = ${values.minAge}, required_qualifications = ${arrayParam(values.requiredQualifications, 'text')}, updated_at = now()
        where id = ${opportunityId}`,
  );
}

export async function setAddedQualifications(db: Queryable, programId: string, opportunityId: string, added: string[]) {
  await db.execute(
    sql`update program_opportunities set added_qualifications = ${arrayParam(added, 'text')} where program_id = ${programId} and opportunity_id = ${opportunityId}`,
  );
}
