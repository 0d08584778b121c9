import { z } from 'zod';
import { optionalEmail, optionalPhone, optionalText, uuidParam } from '../../platform/form-fields.js';
import { hostTypeCodes } from './host-types.js';
import { normaliseTaxNumber } from './tax-number.js';

export const organizationStatuses = ['submitted', 'approved', 'needs_changes', 'rejected'] as const;
export type OrganizationStatus = (typeof organizationStatuses)[number];

/** Checkbox groups post one value, several, or none at all. */
const checkedValues = z.preprocess((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().trim().max(60)).max(50));

/** http(s) only: a `javascript:` or `data:` link must never reach a public page. */
const optionalWebsite = z
  .string()
  .trim()
  .max(300)
  .optional()
  .refine((v) => {
    if (!v) return true;
    try {
      const url = new URL(v);
      return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
    } catch {
      return false;
    }
  }, 'organizations.error.website')
  .transform((v) => (v ? v : null));

/**
 * Registration and edit form. Fields: name, hostType, taxNumber, kotRegistrationNumber, place,
 * pointId, address, email, phone, website, causes (repeated), description.
 */
export const organizationFormSchema = z.object({
  name: z.string().trim().min(1).max(200),
  hostType: z.enum(hostTypeCodes),
  taxNumber: z
    .string()
    .trim()
    .min(1)
    .max(30)
    .transform((v, ctx) => {
      const formatted = normaliseTaxNumber(v);
      if (!formatted) ctx.addIssue({ code: 'custom', message: 'organizations.error.taxNumber' });
      return formatted ?? v;
    }),
  /** The ministry's Köt. registration number (HUNGARY.md §1.3), digits only, e.g. 12749. */
  kotRegistrationNumber: z
    .string()
    .trim()
    .max(20)
    .optional()
    .refine((v) => !v || /^\d{1,12}$/.test(v), 'organizations.error.kotNumber')
    .transform((v) => (v ? v : null)),
  /** The seat's settlement as typed; the service resolves it and derives the center from its county. */
  place: z.string().trim().min(1).max(120),
  pointId: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || z.guid().safeParse(v).success, 'validation.choice')
    .transform((v) => (v ? v : null)),
  address: optionalText(300),
  email: optionalEmail,
  phone: optionalPhone,
  website: optionalWebsite,
  causes: checkedValues,
  description: optionalText(4000),
});
export type OrganizationInput = z.output<typeof organizationFormSchema>;

/**
 * A lead: an organization the center heard of (e.g. from an inquiry) and records before it registers.
 * Fields: name, hostType, place, email, phone; the rest it fills in when it registers.
 */
export const organizationLeadSchema = organizationFormSchema.pick({ name: true, hostType: true, place: true, email: true, phone: true });
export type OrganizationLeadInput = z.output<typeof organizationLeadSchema> & { pointId: string | null };

export const vettingDecisions = ['approve', 'needs_changes', 'reject'] as const;
export type VettingDecision = (typeof vettingDecisions)[number];

/** Fields `decision`, `reason`; returning or refusing needs a reason the members can act on. */
export const vettingFormSchema = z
  .object({
    decision: z.enum(vettingDecisions),
    reason: optionalText(2000),
  })
  .superRefine((v, ctx) => {
    if (v.decision !== 'approve' && !v.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'organizations.error.reasonRequired' });
  });
export type VettingInput = z.output<typeof vettingFormSchema>;

export const memberRoles = ['admin', 'staff'] as const;
export type MemberRole = (typeof memberRoles)[number];

/** Fields `email` (an existing account) and `role`. */
export const memberFormSchema = z.object({
  email: z.string().trim().toLowerCase().min(1).max(254).pipe(z.email()),
  role: z.enum(memberRoles).optional().default('staff'),
});
export type MemberInput = z.output<typeof memberFormSchema>;

export const organizationSorts = ['name', 'status', 'place', 'created', 'responseMedian', 'responseShare'] as const;
export type OrganizationSort = (typeof organizationSorts)[number];

/** Filters of the coordinators' list: `q` (name or tax number), `status`. */
export const organizationFilterSchema = z.object({
  q: z.string().trim().max(200).catch(''),
  status: z.enum(organizationStatuses).optional().catch(undefined),
});
export type OrganizationFilter = z.output<typeof organizationFilterSchema>;

export function parseOrganizationFilter(query: unknown): OrganizationFilter {
  const q = (query ?? {}) as Record<string, unknown>;
  return organizationFilterSchema.parse({ q: typeof q.q === 'string' ? q.q : '', status: q.status || undefined });
}

export function organizationIdParam(params: unknown): string {
  return uuidParam(params, 'organizationId');
}

export function memberUserIdParam(params: unknown): string {
  return uuidParam(params, 'userId');
}
