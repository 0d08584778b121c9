import { z } from 'zod';
import { optionalEmail, optionalPhone, optionalText, requiredText, uuidParam } from '../../platform/form-fields.js';
import { ikszAreas } from '../iksz/areas.js';
import { languageCodes } from '../volunteers/choices.js';
import { vetDecisions } from './status-rules.js';

/** A form's checkbox group arrives as nothing, one string or an array of strings. */
const checkboxList = <T extends z.ZodType<string>>(item: T, max: number) =>
  z.preprocess((v) => (v == null || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(item).max(max, 'validation.invalid'));

const checked = z.preprocess((v) => v === 'on' || v === 'true' || v === '1', z.boolean());

/** Managed-list slugs (causes, skills); the service checks that they exist and are active. */
const slug = z.string().regex(/^[a-z0-9-]{1,60}$/, 'validation.choice');

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

export const opportunityKinds = ['one_off', 'regular', 'ongoing'] as const;
export type OpportunityKind = (typeof opportunityKinds)[number];

/** "Elsősegély, jogosítvány" or one per line → ["Elsősegély", "jogosítvány"] (duplicates dropped). */
export function splitQualifications(text: string): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const part of text.split(/[,;\n\r]+/)) {
    const name = part.trim().replace(/\s+/g, ' ');
    if (name && !seen.has(name.toLowerCase())) {
      seen.add(name.toLowerCase());
      names.push(name);
    }
  }
  return names;
}

const qualifications = z
  .string()
  .max(2000)
  .optional()
  .transform((v) => splitQualifications(v ?? ''))
  .refine((names) => names.length <= 20, 'opportunities.error.tooManyQualifications')
  .refine((names) => names.every((n) => n.length <= 100), 'opportunities.error.qualificationTooLong');

/**
 * The opportunity form (field names as posted): `causes`, `skills`, `languages` are checkbox groups;
 * `place` is the settlement as typed (required unless the work is remote); `requiredQualifications`
 * holds names separated by commas or lines.
 */
export const opportunityFormSchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    description: z.string().trim().min(1).max(5000),
    causes: checkboxList(slug, 30),
    skills: checkboxList(slug, 40),
    place: z
      .string()
      .trim()
      .max(120)
      .optional()
      .transform((v) => v || undefined),
    address: optionalText(300),
    remote: checked,
    kind: z.enum(opportunityKinds),
    groupFriendly: checked,
    minAge: z.preprocess(
      blankToUndefined,
      z.coerce.number('validation.number').int('validation.number').min(10, 'opportunities.error.minAge').max(99, 'opportunities.error.minAge').optional(),
    ),
    requiredQualifications: qualifications,
    requiresConduct: checked,
    requiresHealth: checked,
    languages: checkboxList(z.enum(languageCodes), languageCodes.length),
    accessibilityNotes: optionalText(1000),
    contactName: optionalText(200),
    contactEmail: optionalEmail,
    contactPhone: optionalPhone,
    /** School community service (issue 16): suitable for IKSZ, with its areas of 20/2012. EMMI r. 133. § (2). */
    ikszEligible: checked,
    ikszAreas: checkboxList(z.enum(ikszAreas, 'validation.choice'), ikszAreas.length),
  })
  .superRefine((v, ctx) => {
    // Volunteers must know where to go unless the work is done remotely.
    if (!v.remote && !v.place) ctx.addIssue({ code: 'custom', path: ['place'], message: 'opportunities.error.placeRequired' });
    // An IKSZ-eligible opportunity names the areas the county list filters by (133. § (2)).
    if (v.ikszEligible && v.ikszAreas.length === 0) ctx.addIssue({ code: 'custom', path: ['ikszAreas'], message: 'programs.opportunityForm.areasRequired' });
  });
export type OpportunityInput = z.output<typeof opportunityFormSchema>;

/** The center's decision: fields `decision`, `reason` (required unless approving; the service checks). */
export const vetFormSchema = z.object({
  decision: z.enum(vetDecisions),
  reason: optionalText(1000),
});

const localDateTime = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'opportunities.error.dateTime');

const capacity = z.coerce.number('validation.number').int('validation.number').min(1, 'opportunities.error.capacity').max(1000, 'opportunities.error.capacity');

/** A shift: `startsAt`, `endsAt` as Budapest local "YYYY-MM-DDTHH:MM", `capacity` 1–1000, `waitlist`. */
export const shiftFormSchema = z.object({
  startsAt: localDateTime,
  endsAt: localDateTime,
  capacity,
  waitlist: checked,
  /** A team day's shift (issue 16, companies module): how many company teams it holds; empty: not a team shift. */
  teamCapacity: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || (/^\d{1,3}$/.test(v) && Number(v) >= 1 && Number(v) <= 50), 'companies.error.teamCapacity')
    .transform((v) => (v ? Number(v) : null)),
});
export type ShiftInput = z.output<typeof shiftFormSchema>;

/** Rows of the weekly-pattern form: `day_0`, `start_0`, `end_0`, `capacity_0` … */
export const patternRowCount = 4;

const time = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'opportunities.error.time');

const slotSchema = z.object({
  day: z.coerce.number().int().min(1).max(7),
  start: time,
  end: time,
  capacity,
});

/**
 * The weekly-pattern form: up to `patternRowCount` rows (a row without a day is left out), the
 * number of weeks to generate (1–26) and whether the shifts keep a waitlist. Errors are reported
 * on the row's own field, e.g. `end_1`.
 */
export const patternFormSchema = z.record(z.string(), z.unknown()).transform((body, ctx) => {
  const slots: z.output<typeof slotSchema>[] = [];
  let rowsTried = 0;
  for (let i = 0; i < patternRowCount; i++) {
    const day = body[`day_${i}`];
    if (day === undefined || day === '') continue;
    rowsTried++;
    const parsed = slotSchema.safeParse({ day, start: body[`start_${i}`], end: body[`end_${i}`], capacity: body[`capacity_${i}`] });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? 'day');
        const raw = body[`${field}_${i}`];
        const message =
          issue.message.includes('.') && !issue.message.includes(' ')
            ? issue.message
            : raw === undefined || raw === ''
              ? 'validation.required'
              : 'validation.invalid';
        ctx.addIssue({ code: 'custom', path: [`${field}_${i}`], message });
      }
      continue;
    }
    if (parsed.data.end <= parsed.data.start) {
      ctx.addIssue({ code: 'custom', path: [`end_${i}`], message: 'opportunities.error.endBeforeStart' });
      continue;
    }
    slots.push(parsed.data);
  }
  const weeks = z.coerce.number().int().min(1).max(26).safeParse(body.weeks);
  if (!weeks.success) ctx.addIssue({ code: 'custom', path: ['weeks'], message: 'opportunities.error.weeks' });
  if (rowsTried === 0) {
    ctx.addIssue({ code: 'custom', path: ['day_0'], message: 'opportunities.error.patternEmpty' });
  }
  return { slots, weeks: weeks.success ? weeks.data : 0, waitlist: ['on', 'true', '1'].includes(String(body.waitlist)) };
});
export type PatternInput = z.output<typeof patternFormSchema>;

/** Closing and cancelling must be confirmed with a ticked box (works without JavaScript, too). */
export const confirmSchema = z.object({
  confirm: z.literal('on', 'opportunities.error.confirm'),
});

/** Taking a volunteer off a shift: the reason goes to them and on the timeline. */
export const removalFormSchema = z.object({
  reason: requiredText(1000),
  confirm: z.literal('on', 'opportunities.error.confirm'),
});

export function applicationIdParam(params: unknown): string {
  return uuidParam(params, 'applicationId');
}

export const opportunitySorts = ['title', 'status', 'updated', 'created'] as const;
export type OpportunitySort = (typeof opportunitySorts)[number];

export function opportunityIdParam(params: unknown): string {
  return uuidParam(params, 'opportunityId');
}
export function shiftIdParam(params: unknown): string {
  return uuidParam(params, 'shiftId');
}
export function organizationIdParam(params: unknown): string {
  return uuidParam(params, 'organizationId');
}

/** Form values kept as posted (text, or several texts for a checkbox group) to show a rejected form again. */
export type FormValues = Record<string, string | string[]>;

export function postedFormValues(body: unknown): FormValues {
  const values: FormValues = {};
  for (const [k, v] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    if (k === '_csrf') continue;
    if (typeof v === 'string') values[k] = v.slice(0, 5000);
    else if (Array.isArray(v))
      values[k] = v
        .filter((x): x is string => typeof x === 'string')
        .slice(0, 50)
        .map((x) => x.slice(0, 200));
  }
  return values;
}
