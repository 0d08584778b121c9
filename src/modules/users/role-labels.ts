import type { Role } from '../../platform/authz.js';
import type { MessageKey, Translate } from '../../platform/i18n.js';

const roleKeys: Record<Role, MessageKey> = {
  national_admin: 'users.role.national_admin',
  center_admin: 'users.role.center_admin',
  center_coordinator: 'users.role.center_coordinator',
  point_coordinator: 'users.role.point_coordinator',
  org_staff: 'users.role.org_staff',
  school_coordinator: 'users.role.school_coordinator',
  company_coordinator: 'users.role.company_coordinator',
  guardian: 'users.role.guardian',
  volunteer: 'users.role.volunteer',
};

/** The readable name of a role in the reader's language (an unknown stored role shows as is). */
export function roleLabel(t: Translate, role: string): string {
  const key = roleKeys[role as Role];
  return key ? t(key) : role;
}
