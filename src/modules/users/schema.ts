import { z } from 'zod';
import { type Role, roles } from '../../platform/authz.js';
import { uuidParam } from '../../platform/form-fields.js';
import { grantableRoles } from './policy.js';

export const userSorts = ['name', 'email', 'created'] as const;
export type UserSort = (typeof userSorts)[number];

/** The filters of the user list (`?q=&role=`); bad values are dropped, never an error page. */
export type UserFilter = { q: string; role: Role | '' };

export function userFilterOf(query: unknown): UserFilter {
  const q = (query ?? {}) as Record<string, unknown>;
  return {
    q: z
      .string()
      .trim()
      .max(200)
      .catch('')
      .parse(q.q ?? ''),
    role: z
      .enum(roles)
      .or(z.literal(''))
      .catch('')
      .parse(q.role ?? ''),
  };
}

/** Fields `role`, `centerId`, `pointId` (URL contract); which tenant is needed depends on the role. */
export const grantFormSchema = z.object({
  role: z.enum(grantableRoles, 'validation.choice'),
  centerId: z
    .guid('validation.choice')
    .optional()
    .or(z.literal(''))
    .transform((v) => v || null),
  pointId: z
    .guid('validation.choice')
    .optional()
    .or(z.literal(''))
    .transform((v) => v || null),
});
export type GrantInput = z.output<typeof grantFormSchema>;

/** `:userId` from the path; anything but a UUID cannot name a user (404, not a database error). */
export function userIdParam(params: unknown): string {
  return uuidParam(params, 'userId');
}

export function grantIdParam(params: unknown): string {
  return uuidParam(params, 'grantId');
}
