import type { Database, Queryable } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import type { Actor } from '../../platform/authz.js';
import { NotFoundError } from '../../platform/errors.js';
import { recordOrganizationLead } from '../organizations/lead-service.js';
import type { OrganizationLeadInput } from '../organizations/schema.js';
import type { StaffProfileInput } from '../volunteers/schema.js';
import { registerVolunteer } from '../volunteers/service.js';
import { type InquiryRecord, type InquiryRow, lockInquiry, updateInquiryRow } from './repo.js';
import { getInquiry, tenantOf } from './service.js';

/**
 * Turning an inquiry into a walk-in volunteer or an organization lead, in one step and keeping the
 * link (issue 14). The registration itself is the volunteers' (or organizations') own service, run in
 * the same transaction as the link: both land or neither, and the inquiry's row lock makes a second
 * conversion of the same kind wait, then refuse.
 */

export type ConversionKind = 'volunteer' | 'organization';

/** The inquiry was already turned into a record of this kind (its page links to it). */
export class InquiryConvertedError extends Error {
  readonly statusCode = 409;
  constructor(
    readonly kind: ConversionKind,
    readonly inquiryId: string,
  ) {
    super(`inquiry already converted to ${kind}`);
  }
}

const linkOf = (inquiry: Pick<InquiryRecord, 'volunteerId' | 'organizationId'>, kind: ConversionKind) =>
  kind === 'volunteer' ? inquiry.volunteerId : inquiry.organizationId;

/** The inquiry a conversion form prefills from, for staff of its tenant; refused once converted. */
export async function getInquiryToConvert(db: Queryable, actor: Actor | null, inquiryId: string, kind: ConversionKind): Promise<InquiryRow> {
  const { row } = await getInquiry(db, actor, inquiryId);
  if (linkOf(row, kind)) throw new InquiryConvertedError(kind, inquiryId);
  return row;
}

/** Locks the inquiry, refuses a second conversion, runs `register` and links what it made; audited. */
async function convert(
  db: Database,
  actor: Actor | null,
  inquiryId: string,
  kind: ConversionKind,
  register: (tx: Database, a: Actor, inquiry: InquiryRecord) => Promise<string>,
): Promise<string> {
  const { a } = await tenantOf(db, actor, inquiryId);
  return db.transaction(async (tx) => {
    const before = await lockInquiry(tx, inquiryId);
    if (!before) throw new NotFoundError('inquiry');
    if (linkOf(before, kind)) throw new InquiryConvertedError(kind, inquiryId);
    const id = await register(tx, a, before);
    const after = await updateInquiryRow(tx, inquiryId, kind === 'volunteer' ? { volunteerId: id } : { organizationId: id });
    await recordAudit(tx, {
      actorUserId: a.userId,
      centerId: before.centerId,
      action: `convert_${kind}`,
      entityType: 'inquiry',
      entityId: inquiryId,
      before: { volunteerId: before.volunteerId, organizationId: before.organizationId },
      after: { volunteerId: after.volunteerId, organizationId: after.organizationId },
    });
    return id;
  });
}

/**
 * A walk-in volunteer registered from the inquiry (the staff registration of the volunteers module,
 * in the inquiry's center, at the chosen point or the inquiry's); returns the volunteer's id.
 */
export function convertToVolunteer(db: Database, actor: Actor | null, inquiryId: string, input: StaffProfileInput): Promise<string> {
  return convert(db, actor, inquiryId, 'volunteer', (tx, a, inquiry) =>
    registerVolunteer(tx, a, { ...input, centerId: inquiry.centerId, pointId: input.pointId ?? inquiry.pointId ?? undefined }),
  );
}

/** An organization lead recorded from the inquiry (at the inquiry's point); returns the organization's id. */
export function convertToOrganizationLead(
  db: Database,
  actor: Actor | null,
  inquiryId: string,
  input: Omit<OrganizationLeadInput, 'pointId'>,
): Promise<string> {
  return convert(db, actor, inquiryId, 'organization', (tx, a, inquiry) => recordOrganizationLead(tx, a, { ...input, pointId: inquiry.pointId }));
}

/** "Kiss Anna Mária" → family name "Kiss", given names "Anna Mária" (Hungarian order). */
export function splitPersonName(name: string | null): { familyName: string; givenName: string } {
  const [familyName = '', ...given] = (name ?? '').trim().split(/\s+/);
  return { familyName, givenName: given.join(' ') };
}
