import type { Database } from '../../db/database.js';
import { recordAudit } from '../../platform/audit.js';
import { type Actor, can, requirePermission } from '../../platform/authz.js';
import { FieldValidationError } from '../../platform/validation.js';
import { valuesOf } from './registration-service.js';
import { insertOrganization, insertVettingEvent } from './repo.js';
import type { OrganizationLeadInput } from './schema.js';

/**
 * Staff record a lead: an organization that asked the center (an inquiry) and may become a host. It
 * is an organization record in its initial status (`submitted`, in the vetting queue) with no members
 * yet, in the center of its seat's county; it registers its people and legal data later. Whoever
 * logs the center's inquiries may record it (`inquiries.log`: "turn inquiries into leads"), within
 * their own tenant — a seat in another center's county is that center's to record.
 */
export async function recordOrganizationLead(db: Database, actor: Actor | null, input: OrganizationLeadInput): Promise<string> {
  const a = requirePermission(actor, 'inquiries.log');
  const values = await valuesOf(db, { ...input, taxNumber: null, kotRegistrationNumber: null, address: null, website: null, causes: [], description: null });
  if (!can(a, 'inquiries.log', { centerId: values.centerId, pointId: values.pointId })) {
    throw new FieldValidationError({ place: { key: 'organizations.error.leadOutsideReach' } });
  }
  return db.transaction(async (tx) => {
    const row = await insertOrganization(tx, { ...values, createdBy: a.userId });
    await recordAudit(tx, { actorUserId: a.userId, centerId: row.centerId, action: 'create_lead', entityType: 'organization', entityId: row.id, after: row });
    await insertVettingEvent(tx, { organizationId: row.id, fromStatus: null, toStatus: 'submitted', reason: null, actorUserId: a.userId });
    return row.id;
  });
}
