import type { Database, Queryable } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import type { Actor } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { maxExportRows } from '../../platform/export.js';
import { translator } from '../../platform/i18n.js';
import { type ListParams, type Page, pageOf } from '../../platform/list-params.js';
import { FieldValidationError } from '../../platform/validation.js';
import { organizationAccess } from '../organizations/membership.js';
import { renderAgreementPdf } from './agreement-pdf.js';
import { defaultAgreementTemplate, fillAgreementTemplate } from './agreement-template.js';
import {
  type AgreementFilter,
  type AgreementRecord,
  type AgreementRow,
  countAgreements,
  findAgreementRow,
  findAgreements,
  findHostAddress,
  insertAgreement,
  lockAgreement,
  updateAgreementRow,
} from './agreements-repo.js';
import { type SchoolAccess, schoolAbilities, schoolAccess } from './policy.js';
import { findSchoolRow } from './repo.js';
import type { AgreementInput, AgreementSort } from './schema.js';
import { hostChoices } from './schools-service.js';

/**
 * Cooperation agreements between a school and a host (HUNGARY.md §2.2): made by the school's
 * coordinator with an approved host of the school's center, the text generated from the template and
 * edited, a PDF, the signing days of both sides (the host's members record theirs too). Valid when
 * both signed and the day is within the duration (facts.ts `hasValidAgreement`); those ending within
 * 30 days are flagged.
 */

export async function listSchoolAgreements(
  db: Queryable,
  actor: Actor | null,
  schoolId: string,
  filter: Omit<AgreementFilter, 'schoolId' | 'organizationId'>,
  params: ListParams<AgreementSort>,
  today: string,
): Promise<{ page: Page<AgreementRow>; access: SchoolAccess }> {
  const access = await schoolAccess(db, actor, schoolId, 'view');
  const f = { ...filter, schoolId };
  const [items, total] = await Promise.all([findAgreements(db, f, params, today), countAgreements(db, f, today)]);
  return { page: pageOf(items, total, params), access };
}

export async function exportSchoolAgreements(
  db: Queryable,
  actor: Actor | null,
  schoolId: string,
  filter: Omit<AgreementFilter, 'schoolId' | 'organizationId'>,
  params: ListParams<AgreementSort>,
  today: string,
) {
  await schoolAccess(db, actor, schoolId, 'view');
  return findAgreements(db, { ...filter, schoolId }, params, today, maxExportRows);
}

/** The new agreement's form: the school and the approved hosts of its center. */
export async function agreementFormChoices(db: Queryable, actor: Actor | null, schoolId: string) {
  const access = await schoolAccess(db, actor, schoolId, 'manage');
  const school = await findSchoolRow(db, schoolId);
  if (!school) throw new NotFoundError('school');
  return { school, hosts: await hostChoices(db, access.facts.centerId) };
}

/** The template filled in with the form's facts (the text the coordinator then edits). */
export async function draftAgreementBody(db: Queryable, actor: Actor | null, schoolId: string, input: AgreementInput): Promise<string> {
  const { school, hosts } = await agreementFormChoices(db, actor, schoolId);
  if (!hosts.some((h) => h.id === input.organizationId)) throw new FieldValidationError({ organizationId: { key: 'validation.choice' } });
  const host = await findHostAddress(db, input.organizationId);
  return fillAgreementTemplate(
    defaultAgreementTemplate,
    {
      school: { name: school.name, omId: school.omId, address: [school.placeName, school.address].filter(Boolean).join(', ') },
      host: { name: host?.name ?? '', address: host?.address ?? '' },
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      mentorName: input.mentorName,
      mentorTasks: input.mentorTasks,
      areas: input.areas,
    },
    translator('hu'),
  );
}

export async function createAgreement(db: Database, actor: Actor | null, schoolId: string, input: AgreementInput & { body: string }): Promise<string> {
  const { hosts } = await agreementFormChoices(db, actor, schoolId);
  if (!hosts.some((h) => h.id === input.organizationId)) throw new FieldValidationError({ organizationId: { key: 'validation.choice' } });
  const access = await schoolAccess(db, actor, schoolId, 'manage');
  return db.transaction(async (tx) => {
    const row = await insertAgreement(tx, {
      schoolId,
      organizationId: input.organizationId,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      mentorName: input.mentorName,
      mentorTasks: input.mentorTasks,
      areas: input.areas,
      body: input.body,
      createdBy: access.actor.userId,
    });
    await auditAgreement(tx, access.actor.userId, access.facts.centerId, 'create', null, row);
    return row.id;
  });
}

function auditAgreement(tx: Queryable, actorUserId: string, centerId: string | null, action: string, before: AgreementRecord | null, after: AgreementRecord) {
  return recordAudit(tx, { actorUserId, centerId, action: `schools.agreement.${action}`, entityType: 'iksz_agreement', entityId: after.id, before, after });
}

/** One agreement of the school (404 for another school's). */
export async function getAgreement(db: Queryable, actor: Actor | null, schoolId: string, agreementId: string, today: string) {
  const access = await schoolAccess(db, actor, schoolId, 'view');
  const agreement = await findAgreementRow(db, agreementId, today);
  if (!agreement || agreement.schoolId !== schoolId) throw new NotFoundError('agreement');
  return { agreement, abilities: schoolAbilities(access) };
}

export async function agreementPdf(agreement: AgreementRow): Promise<Buffer> {
  return renderAgreementPdf(agreement, agreement.createdAt);
}

function checkSigningDays(days: { schoolSignedOn?: string; hostSignedOn?: string }, today: string) {
  for (const [field, day] of Object.entries(days)) {
    if (day && day > today) throw new FieldValidationError({ [field]: { key: 'schools.error.future' } });
  }
}

/** The school records its own signing day and, from the returned paper copy, the host's. Empty keeps what is recorded. */
export async function recordSchoolSigning(
  db: Database,
  actor: Actor | null,
  schoolId: string,
  agreementId: string,
  days: { schoolSignedOn?: string; hostSignedOn?: string },
  today: string,
): Promise<void> {
  checkSigningDays(days, today);
  const access = await schoolAccess(db, actor, schoolId, 'manage');
  await db.transaction(async (tx) => {
    const before = await lockAgreement(tx, agreementId);
    if (!before || before.schoolId !== schoolId) throw new NotFoundError('agreement');
    const after = await updateAgreementRow(tx, agreementId, {
      schoolSignedOn: days.schoolSignedOn ?? before.schoolSignedOn,
      hostSignedOn: days.hostSignedOn ?? before.hostSignedOn,
    });
    await auditAgreement(tx, access.actor.userId, access.facts.centerId, 'signed', before, after);
  });
}

/** The host's side: its members see its agreements with schools (organizationActions.host). */
export async function listHostAgreements(db: Queryable, actor: Actor | null, organizationId: string, params: ListParams<AgreementSort>, today: string) {
  await organizationAccess(db, actor, 'host', organizationId);
  const f = { organizationId };
  const [items, total] = await Promise.all([findAgreements(db, f, params, today), countAgreements(db, f, today)]);
  return pageOf(items, total, params);
}

/** One agreement of the host (404 for another host's). */
export async function getHostAgreement(db: Queryable, actor: Actor | null, organizationId: string, agreementId: string, today: string): Promise<AgreementRow> {
  await organizationAccess(db, actor, 'host', organizationId);
  const agreement = await findAgreementRow(db, agreementId, today);
  if (!agreement || agreement.organizationId !== organizationId) throw new NotFoundError('agreement');
  return agreement;
}

export async function recordHostSigning(db: Database, actor: Actor | null, organizationId: string, agreementId: string, hostSignedOn: string, today: string) {
  checkSigningDays({ hostSignedOn }, today);
  const { actor: a } = await organizationAccess(db, actor, 'host', organizationId);
  await db.transaction(async (tx) => {
    const before = await lockAgreement(tx, agreementId);
    if (!before || before.organizationId !== organizationId) throw new NotFoundError('agreement');
    const school = await findSchoolRow(tx, before.schoolId);
    const after = await updateAgreementRow(tx, agreementId, { hostSignedOn });
    await auditAgreement(tx, a.userId, school?.centerId ?? null, 'hostSigned', before, after);
  });
}
