import { z } from 'zod';
import { programKinds } from '../../db/schema/programs.js';
import { optionalChoice, optionalText, requiredText, searchText, uuidParam } from '../../platform/form-fields.js';
import { ikszAreas } from '../iksz/areas.js';

export { programKinds };
export const programStatuses = ['draft', 'published', 'closed'] as const;
export type ProgramStatus = (typeof programStatuses)[number];
export const partnerKinds = ['school', 'company', 'organization'] as const;
export type PartnerKind = (typeof partnerKinds)[number];

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** Words that name pages under /programs/ and so cannot be a program's slug. */
const reservedSlugs = new Set(['manage', 'new']);

/** A URL-safe slug: lower-case letters, digits and single hyphens ("idosbarat-program"). */
export const programSlug = z
  .string()
  .trim()
  .min(1, 'validation.required')
  .max(60)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'programs.error.slug')
  .refine((s) => !reservedSlugs.has(s), 'programs.error.slugReserved');

const optionalInt = (min: number, max: number, key: 'programs.error.minAge' | 'programs.error.healthMonths') =>
  z.preprocess(blankToUndefined, z.coerce.number('validation.number').int('validation.number').min(min, key).max(max, key).optional());

/**
 * The program form. `slug` is read only when the program is created (it is fixed afterwards: the hospital
 * qualification names carry it, programs/requirements.ts). The hospital fields are kept only for kind=hospital.
 */
export const programFormSchema = z
  .object({
    centerId: z.preprocess(blankToUndefined, z.guid('validation.choice').optional()),
    name: requiredText(200),
    slug: z.preprocess(blankToUndefined, programSlug.optional()),
    kind: z.enum(programKinds, 'validation.choice'),
    status: z.enum(programStatuses, 'validation.choice'),
    summary: optionalText(500),
    description: optionalText(10_000),
    minAge: optionalInt(10, 99, 'programs.error.minAge'),
    inductionQualification: optionalText(100),
    healthValidMonths: optionalInt(1, 120, 'programs.error.healthMonths'),
    confidentialityTemplate: optionalText(20_000),
  })
  .transform((f) => (f.kind === 'hospital' ? f : { ...f, inductionQualification: null, healthValidMonths: undefined, confidentialityTemplate: null }));
export type ProgramInput = z.output<typeof programFormSchema>;

/** Adding a partner: `partner` is "<kind>:<id>" from one select of the center's schools, companies and hosts. */
export const partnerAddSchema = z.object({
  partner: z
    .string('validation.choice')
    .regex(/^(school|company|organization):[0-9a-fA-F-]{36}$/, 'validation.choice')
    .transform((v) => {
      const [kind, id] = v.split(':') as [PartnerKind, string];
      return { kind, id };
    })
    .refine((p) => z.guid().safeParse(p.id).success, 'validation.choice'),
});

/** Removing a partner: the kind and id as hidden fields, and the ticked confirmation box. */
export const partnerRemoveSchema = z.object({
  partnerKind: z.enum(partnerKinds, 'validation.choice'),
  partnerId: z.guid('validation.choice'),
  confirm: z.literal('on', 'programs.error.confirm'),
});

export const opportunityAddSchema = z.object({ opportunityId: z.guid('validation.choice') });

export const opportunityRemoveSchema = z.object({
  opportunityId: z.guid('validation.choice'),
  confirm: z.literal('on', 'programs.error.confirm'),
});

export const programSorts = ['name', 'kind', 'status', 'updated'] as const;
export type ProgramSort = (typeof programSorts)[number];

/** The staff list's filters (`?q=&kind=&status=`); a bad value reads as none. */
export const programFilterSchema = z.object({
  q: searchText(100),
  kind: optionalChoice(programKinds),
  status: optionalChoice(programStatuses),
});
export type ProgramFilterInput = z.output<typeof programFilterSchema>;

export const publicProgramSorts = ['name'] as const;
export const publicProgramFilterSchema = z.object({ kind: optionalChoice(programKinds) });

export const ikszHostSorts = ['organization', 'distance', 'title'] as const;
export type IkszHostSort = (typeof ikszHostSorts)[number];

/** The county IKSZ list's filters (`?county=&area=&school=&km=`); a bad value reads as none. */
export const ikszHostFilterSchema = z.object({
  county: searchText(60),
  area: optionalChoice(ikszAreas),
  school: z.guid().optional().catch(undefined),
  km: z.coerce.number().int().min(1).max(200).optional().catch(undefined),
});
export type IkszHostFilterInput = z.output<typeof ikszHostFilterSchema>;

export const programIdParam = (params: unknown) => uuidParam(params, 'programId');

/** A slug path parameter: anything not slug-shaped names no program (404). */
export function programSlugParam(params: unknown): string | undefined {
  const value = (params as Record<string, unknown> | undefined)?.programSlug;
  const parsed = programSlug.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
