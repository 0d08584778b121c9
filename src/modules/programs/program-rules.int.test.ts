import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { programOpportunities } from '../../db/schema/index.js';
import { createVolunteer } from '../../test-support/brokering-factories.js';
import { createTestApp, type TestApp } from '../../test-support/test-app.js';
import { opportunityFormSchema } from '../opportunities/schema.js';
import { getManagedOpportunity, opportunityFormValues, updateOpportunity } from '../opportunities/service.js';
import { applyToOpportunity } from '../placements/apply-service.js';
import { ApplyRefusedError } from '../placements/errors.js';
import {
  auditOf,
  createQualificationCourse,
  idFrom,
  openOpportunity,
  opportunityRow,
  type ProgramScene,
  programForm,
  programScene,
} from './programs-test-support.js';
import { confidentialityQualificationName, healthFitnessQualificationName } from './requirements.js';

/**
 * ADR 025: a program's rules become its opportunities' requirements on every path: joining, the
 * program's own edit, a host's edit of the opportunity, leaving; and the placements apply path refuses
 * an applicant without them.
 */
let t: TestApp;
let s: ProgramScene;
const induction = 'Kórházi bevezető képzés';
beforeAll(async () => {
  t = await createTestApp();
  s = await programScene(t);
  await createQualificationCourse(t.db, s.center.id, induction);
});
afterAll(async () => {
  await t?.close();
});

async function hospitalProgram(slug: string, over: Record<string, string> = {}) {
  const res = await s.coordinator.client.post(
    '/programs/manage',
    programForm({ kind: 'hospital', slug, inductionQualification: induction, healthValidMonths: '12', minAge: '18', ...over }),
  );
  expect(res.statusCode, res.body.slice(0, 2000)).toBe(303);
  return idFrom(res.headers.location);
}

const join = (programId: string, opportunityId: string) => s.coordinator.client.post(`/programs/manage/${programId}/opportunities`, { opportunityId });

const addedOf = async (programId: string, opportunityId: string) =>
  (
    await t.db
      .select()
      .from(programOpportunities)
      .where(and(eq(programOpportunities.programId, programId), eq(programOpportunities.opportunityId, opportunityId)))
  )[0]?.addedQualifications;

describe('a hospital program’s opportunity', () => {
  it('requires the three qualifications and the program’s minimum age once it joins', async () => {
    const programId = await hospitalProgram('korhaz-egy');
    const { opportunity } = await openOpportunity(t, s, { requiredQualifications: ['Elsősegély'], minAge: 16 });
    expect((await join(programId, opportunity.id)).statusCode).toBe(303);
    const three = [induction, confidentialityQualificationName('korhaz-egy'), healthFitnessQualificationName('korhaz-egy')];
    const row = await opportunityRow(t.db, opportunity.id);
    expect(row.requiredQualifications).toEqual(['Elsősegély', ...three]);
    expect(row.minAge).toBe(18);
    expect(await addedOf(programId, opportunity.id)).toEqual(three);
    expect((await auditOf(t.db, opportunity.id)).map((a) => a.action)).toContain('programs.rules.apply');
  });

  it('refuses an applicant without them on the placements apply path', async () => {
    const programId = await hospitalProgram('korhaz-ketto');
    const { opportunity, shift } = await openOpportunity(t, s);
    await join(programId, opportunity.id);
    await createVolunteer(t.db, { centerId: s.center.id, userId: s.volunteer.user.id, birthDate: '1990-01-01' });
    const attempt = applyToOpportunity(t.db, s.volunteer.actor, opportunity.id, { shiftId: shift.id }, { baseUrl: 'http://localhost' });
    await expect(attempt).rejects.toBeInstanceOf(ApplyRefusedError);
    const reasons = await attempt.catch((err: ApplyRefusedError) => err.reasons);
    const missing = (reasons as { code: string; params?: { name?: string } }[]).filter((r) => r.code === 'missing_qualification').map((r) => r.params?.name);
    expect(missing).toEqual(
      expect.arrayContaining([induction, confidentialityQualificationName('korhaz-ketto'), healthFitnessQualificationName('korhaz-ketto')]),
    );
  });

  it('keeps them when the host edits the opportunity and leaves them out', async () => {
    const programId = await hospitalProgram('korhaz-harom');
    const { opportunity } = await openOpportunity(t, s, { requiredQualifications: ['Elsősegély'] });
    await join(programId, opportunity.id);
    const managed = await getManagedOpportunity(t.db, s.orgMember.actor, opportunity.id);
    const values = { ...opportunityFormValues(managed), requiredQualifications: 'Elsősegély\nJogosítvány', minAge: '14' };
    await updateOpportunity(t.db, s.orgMember.actor, opportunity.id, opportunityFormSchema.parse(values));
    const row = await opportunityRow(t.db, opportunity.id);
    expect(row.requiredQualifications).toEqual([
      'Elsősegély',
      'Jogosítvány',
      induction,
      confidentialityQualificationName('korhaz-harom'),
      healthFitnessQualificationName('korhaz-harom'),
    ]);
    expect(row.minAge).toBe(18);
  });

  it('follows the program’s own edit of its rules', async () => {
    const programId = await hospitalProgram('korhaz-negy');
    const { opportunity } = await openOpportunity(t, s);
    await join(programId, opportunity.id);
    const res = await s.coordinator.client.post(`/programs/manage/${programId}`, programForm({ kind: 'other', minAge: '20' }));
    expect(res.statusCode).toBe(303);
    const row = await opportunityRow(t.db, opportunity.id);
    expect(row.requiredQualifications).toEqual([]);
    expect(row.minAge).toBe(20);
    expect(await addedOf(programId, opportunity.id)).toEqual([]);
  });

  it('loses exactly what the program added when it leaves; its minimum age stays', async () => {
    const programId = await hospitalProgram('korhaz-ot');
    const { opportunity } = await openOpportunity(t, s, { requiredQualifications: ['Elsősegély', confidentialityQualificationName('korhaz-ot')] });
    await join(programId, opportunity.id);
    // The host had required the declaration on its own: the program did not add it, so it stays.
    expect(await addedOf(programId, opportunity.id)).toEqual([induction, healthFitnessQualificationName('korhaz-ot')]);
    const leave = await s.coordinator.client.post(`/programs/manage/${programId}/opportunities/remove`, { opportunityId: opportunity.id, confirm: 'on' });
    expect(leave.statusCode).toBe(303);
    const row = await opportunityRow(t.db, opportunity.id);
    expect(row.requiredQualifications).toEqual(['Elsősegély', confidentialityQualificationName('korhaz-ot')]);
    expect(row.minAge).toBe(18);
    expect(await addedOf(programId, opportunity.id)).toBeUndefined();
  });

  it('keeps a qualification another program still adds when one program lets the opportunity go', async () => {
    const first = await hospitalProgram('korhaz-hat');
    const second = await s.coordinator.client.post(
      '/programs/manage',
      programForm({ kind: 'hospital', slug: 'korhaz-het', inductionQualification: induction }),
    );
    const secondId = idFrom(second.headers.location);
    const { opportunity } = await openOpportunity(t, s);
    await join(first, opportunity.id);
    await join(secondId, opportunity.id);
    await s.coordinator.client.post(`/programs/manage/${first}/opportunities/remove`, { opportunityId: opportunity.id, confirm: 'on' });
    const row = await opportunityRow(t.db, opportunity.id);
    expect(row.requiredQualifications).toEqual([induction, confidentialityQualificationName('korhaz-het'), healthFitnessQualificationName('korhaz-het')]);
  });

  it('refuses an opportunity of another center', async () => {
    const programId = await hospitalProgram('korhaz-nyolc');
    const foreign = await openOpportunity(t, { ...s, organization: s.foreignOrganization });
    expect((await join(programId, foreign.opportunity.id)).statusCode).toBe(422);
    expect((await opportunityRow(t.db, foreign.opportunity.id)).requiredQualifications).toEqual([]);
  });
});
