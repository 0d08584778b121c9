import type { Database, Queryable } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import type { Actor } from '../../platform/authz.js';
import { budapestDay } from '../../platform/budapest-time.js';
import { maxExportRows } from '../../platform/export.js';
import { hungarianSortKey } from '../../platform/hungarian-sort-key.js';
import { type ListParams, offsetOf, type Page, pageOf } from '../../platform/list-params.js';
import { FieldValidationError } from '../../platform/validation.js';
import { organizationForRegister, placementForRegister } from './access.js';
import { type RegisterRow, withYearFigures } from './register-row.js';
import { isPastRetention, keepsRegister, registrableStatuses } from './register-rules.js';
import {
  countEntriesOfYear,
  deleteEntries,
  findEntryOfApplication,
  findEntryStartYears,
  findPrefillSources,
  insertEntry,
  listEndedEntries,
  listEntriesOfYear,
  lockApplication,
  type RegisterEntry,
  type RegisterOrganization,
  type RegisterSort,
  updateEntry,
} from './repo.js';
import { type RegisterEntryInput, registerEntryFields } from './schema.js';

/** A write to the register of an organization not registered under the Köt. (Köt. 14. §): refused, nothing is collected. */
export class RegisterNotKeptError extends Error {
  readonly statusCode = 409;
  constructor(readonly organization: RegisterOrganization) {
    super('the organization keeps no Köt. register');
  }
}

/**
 * The form's starting values: the entry itself once it exists; otherwise the volunteer (name,
 * birth date), the live written contract (Köt. 6. § (1) a)–c), start, end) and, failing that, the
 * placement (opportunity title and place, the shift's day) and the volunteer's guardian.
 */
async function prefillOf(
  db: Queryable,
  placement: { id: string; volunteerFamilyName: string; volunteerGivenName: string; volunteerBirthDate: string | null },
  entry: RegisterEntry | undefined,
) {
  if (entry) {
    const values: Record<string, string> = {};
    for (const field of registerEntryFields) values[field] = (entry[field] as string | null) ?? '';
    return { values, contractId: entry.contractId };
  }
  const { placement: sources, contract } = await findPrefillSources(db, placement.id);
  const place = [sources?.opportunitySettlement, sources?.opportunityAddress].filter(Boolean).join(', ');
  const values: Record<string, string> = {
    familyName: placement.volunteerFamilyName,
    givenName: placement.volunteerGivenName,
    birthDate: placement.volunteerBirthDate ?? '',
    representativeName: sources?.volunteerGuardianName ?? '',
    activity: contract?.activity ?? sources?.opportunityTitle ?? '',
    place: contract?.place ?? place,
    timeAndRest: contract?.timeAndRest ?? '',
    startsOn: contract?.startsOn ?? (sources?.shiftStartsAt ? budapestDay(sources.shiftStartsAt) : ''),
    endsOn: contract?.endsOn ?? '',
  };
  return { values, contractId: contract?.id ?? null };
}

/** The placement's register entry form (host organization only), prefilled; `keeps` false shows the Köt. notice instead. */
export async function getEntryPage(db: Queryable, actor: Actor | null, applicationId: string) {
  const { placement, organization } = await placementForRegister(db, actor, applicationId);
  const keeps = keepsRegister(organization);
  const entry = keeps ? await findEntryOfApplication(db, placement.id) : undefined;
  const prefill = keeps ? await prefillOf(db, placement, entry) : { values: {}, contractId: null };
  return {
    placement,
    organization,
    keeps,
    entry,
    prefill: prefill.values,
    fromContract: !entry && prefill.contractId != null,
    /** A new entry needs an agreed placement; an existing one stays editable. */
    mayRecord: keeps && (entry != null || registrableStatuses.has(placement.status)),
  };
}
export type EntryPage = Awaited<ReturnType<typeof getEntryPage>>;

/** The fields whose value differs (for a new entry: the ones filled in). */
function changedFields(before: RegisterEntry | undefined, input: RegisterEntryInput): string[] {
  return registerEntryFields.filter((field) => (before ? (before[field] ?? null) !== (input[field] ?? null) : input[field] != null));
}

/**
 * Creates or updates the placement's register entry. The audit entry names the changed fields,
 * never their values: birth place, mother's name and residence are personal data the register
 * holds for its 5 years; copying them into the audit log would keep them a second time and beyond
 * the purge (GDPR Art. 5 (1) c) data minimisation and e) storage limitation).
 */
export async function saveEntry(
  db: Database,
  actor: Actor | null,
  applicationId: string,
  input: RegisterEntryInput,
): Promise<{ id: string; created: boolean }> {
  const { actor: a, placement, organization } = await placementForRegister(db, actor, applicationId);
  if (!keepsRegister(organization)) throw new RegisterNotKeptError(organization);
  return db.transaction(async (tx) => {
    await lockApplication(tx, placement.id);
    const before = await findEntryOfApplication(tx, placement.id);
    if (!before && !registrableStatuses.has(placement.status)) throw new FieldValidationError({ _form: { key: 'register.error.placementNotAgreed' } });
    const fields = changedFields(before, input);
    const values = { ...input, sortKey: hungarianSortKey(`${input.familyName} ${input.givenName}`), recordedByUserId: a.userId, updatedAt: new Date() };
    if (before) {
      const after = await updateEntry(tx, before.id, values);
      await recordAudit(tx, {
        actorUserId: a.userId,
        centerId: after.centerId,
        action: 'update',
        entityType: 'register_entry',
        entityId: after.id,
        after: { changedFields: fields },
      });
      return { id: after.id, created: false };
    }
    const { contract } = await findPrefillSources(tx, placement.id);
    const created = await insertEntry(tx, {
      ...values,
      organizationId: organization.id,
      centerId: placement.centerId,
      applicationId: placement.id,
      volunteerId: placement.volunteerId,
      contractId: contract?.id ?? null,
    });
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: created.centerId,
      action: 'create',
      entityType: 'register_entry',
      entityId: created.id,
      after: { applicationId: placement.id, organizationId: organization.id, filledFields: fields },
    });
    return { id: created.id, created: true };
  });
}

export type RegisterYearQuery = Pick<ListParams<RegisterSort>, 'sort' | 'dir'>;

/** The year picker: every year from the first entry's start to this year (and the one asked for), newest first. */
async function pickerYears(db: Queryable, organizationId: string, year: number, today: string): Promise<number[]> {
  const known = [...(await findEntryStartYears(db, organizationId)), Number(today.slice(0, 4)), year];
  const years: number[] = [];
  for (let y = Math.max(...known); y >= Math.min(...known); y--) years.push(y);
  return years;
}

/** The organization's register for a year (entries active in it), paged, with items 7–8 and the retention marks. */
export async function getRegisterYear(
  db: Queryable,
  actor: Actor | null,
  organizationId: string,
  year: number,
  params: ListParams<RegisterSort>,
  today: string,
) {
  const { organization } = await organizationForRegister(db, actor, organizationId);
  if (!keepsRegister(organization))
    return { organization, keeps: false as const, year, years: [year], rows: pageOf<RegisterRow>([], 0, params), flaggedCount: 0 };
  const [entries, total, years, flagged] = await Promise.all([
    listEntriesOfYear(db, organization.id, year, params, { limit: params.pageSize, offset: offsetOf(params) }),
    countEntriesOfYear(db, organization.id, year),
    pickerYears(db, organization.id, year, today),
    flaggedEntries(db, organization.id, today),
  ]);
  const rows: Page<RegisterRow> = pageOf(await withYearFigures(db, entries, year, today), total, params);
  /** Entries of any year past retention, for the link to the purge. */
  return { organization, keeps: true as const, year, years, rows, flaggedCount: flagged.length };
}
export type RegisterYear = Awaited<ReturnType<typeof getRegisterYear>>;

/** Every entry active in the year, for CSV/XLSX and the print view (same access as the list). */
export async function registerYearRows(db: Queryable, actor: Actor | null, organizationId: string, year: number, query: RegisterYearQuery, today: string) {
  const { organization } = await organizationForRegister(db, actor, organizationId);
  if (!keepsRegister(organization)) return { organization, keeps: false as const, rows: [] as RegisterRow[] };
  const entries = await listEntriesOfYear(db, organization.id, year, query, { limit: maxExportRows, offset: 0 });
  return { organization, keeps: true as const, rows: await withYearFigures(db, entries, year, today) };
}

/** The entries past retention ("törlendő"), oldest end first per name: what the purge would delete. */
async function flaggedEntries(db: Queryable, organizationId: string, today: string): Promise<RegisterEntry[]> {
  return (await listEndedEntries(db, organizationId)).filter((e) => isPastRetention(e.endsOn, today));
}

export async function getPurgePage(db: Queryable, actor: Actor | null, organizationId: string, today: string) {
  const { organization } = await organizationForRegister(db, actor, organizationId);
  if (!keepsRegister(organization)) return { organization, keeps: false as const, entries: [] as RegisterEntry[] };
  return { organization, keeps: true as const, entries: await flaggedEntries(db, organization.id, today) };
}
export type PurgePage = Awaited<ReturnType<typeof getPurgePage>>;

/**
 * Deletes the entries whose 5 years (Köt. 14. §) are over, after the confirmation. The audit entry
 * holds ids and the count only: a log that kept the deleted names would defeat the deletion.
 */
export async function purgeExpired(db: Database, actor: Actor | null, organizationId: string, today: string): Promise<number> {
  const { actor: a, organization } = await organizationForRegister(db, actor, organizationId);
  if (!keepsRegister(organization)) throw new RegisterNotKeptError(organization);
  return db.transaction(async (tx) => {
    const ids = await deleteEntries(
      tx,
      organization.id,
      (await flaggedEntries(tx, organization.id, today)).map((e) => e.id),
    );
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: organization.centerId,
      action: 'purge',
      entityType: 'register_entry',
      entityId: organization.id,
      after: { organizationId: organization.id, deletedEntryIds: ids, count: ids.length, purgedOn: today },
    });
    return ids.length;
  });
}
