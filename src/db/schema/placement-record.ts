import { uuid } from 'drizzle-orm/pg-core';
import { applications, organizations, volunteers } from './brokering.js';
import { centers } from './tenancy.js';

/**
 * The columns every record kept on a placement starts with (hour entries, benefits, contracts):
 * the placement itself, and its volunteer, host organization and center copied from it, for
 * tenant-scoped lists and per-volunteer sums without a join. A fresh object per table.
 */
export const placementRecordColumns = () => ({
  applicationId: uuid('application_id')
    .notNull()
    .references(() => applications.id, { onDelete: 'cascade' }),
  volunteerId: uuid('volunteer_id')
    .notNull()
    .references(() => volunteers.id, { onDelete: 'cascade' }),
  organizationId: uuid('organization_id')
    .notNull()
    .references(() => organizations.id),
  centerId: uuid('center_id')
    .notNull()
    .references(() => centers.id),
});
