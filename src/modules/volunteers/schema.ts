import { z } from 'zod';
import { budapestDay } from '../../platform/budapest-time.js';
import { optionalEmail, optionalPhone, optionalText, uuidParam } from '../../platform/form-fields.js';
import type { MessageKey } from '../../platform/i18n.js';
import { adultAge, ageOn, minimumVolunteerAge } from './age-rules.js';
import { alertFrequencies, availabilitySlots, conductStatuses, groupPreferences, healthStatuses, languageCodes } from './choices.js';

/** A form's checkbox group arrives as nothing, one string or an array of strings. */
const checkboxList = <T extends z.ZodType<string>>(item: T, max: number) =>
  z.preprocess((v) => (v == null || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(item).max(max, 'validation.invalid'));

const checked = z.preprocess((v) => v === 'on' || v === 'true' || v === '1', z.boolean());

/** Managed-list slugs (causes, skills); the service checks that they exist. */
const slug = z.string().regex(/^[a-z0-9-]{1,60}$/, 'validation.choice');

/** A calendar date typed as YYYY-MM-DD (the `date` input's format), checked to exist. */
export const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'volunteers.error.date')
  .refine((v) => {
    const d = new Date(`${v}T12:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v) && v >= '1900-01-01';
  }, 'volunteers.error.date');

const optionalIsoDate = z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), isoDate.optional());

const name = z.string().trim().min(1).max(100);

/**
 * The profile fields a volunteer fills in (and staff fill in for a walk-in). Field names are the
 * form's: `causes`, `skills`, `languages`, `availability` are checkbox groups.
 */
const profileShape = {
  familyName: name,
  givenName: name,
  birthDate: isoDate,
  phone: optionalPhone,
  homePlace: z.string().trim().min(1).max(120),
  remoteOnly: checked,
  travelRadiusKm: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.coerce.number('validation.number').int('validation.number').min(0, 'volunteers.error.radius').max(200, 'volunteers.error.radius').optional(),
  ),
  causes: checkboxList(slug, 30),
  skills: checkboxList(slug, 40),
  languages: checkboxList(z.enum(languageCodes), languageCodes.length),
  availability: checkboxList(z.enum(availabilitySlots), availabilitySlots.length),
  groupPreference: z.enum(groupPreferences),
  accessibilityNeeds: optionalText(500),
  bio: optionalText(1000),
  alertFrequency: z.enum(alertFrequencies),
  guardianName: optionalText(200),
  guardianEmail: optionalEmail,
  guardianPhone: optionalPhone,
  consentDataProcessing: z.literal('on', 'volunteers.error.consentRequired'),
  consentContact: checked,
  consentNewsletter: checked,
};

/** The fields the cross-field rules read; loose, so they also run on a form zod rejected. */
type RuleInput = {
  birthDate?: string | null;
  guardianName?: string | null;
  guardianEmail?: string | null;
  guardianPhone?: string | null;
  remoteOnly?: boolean;
  travelRadiusKm?: number | null;
};

/**
 * Rules across fields, on today's date: children under 10 may not volunteer (Köt. 4. § (1)); a
 * minor needs a guardian with a way to reach them (Ptk. capacity rules, HUNGARY.md §1.6); a travel
 * radius unless the volunteer only works remotely. Returns [field, message key] pairs.
 */
export function profileRuleIssues(p: RuleInput, today: Date = new Date()): [string, MessageKey][] {
  const issues: [string, MessageKey][] = [];
  if (p.birthDate && isoDate.safeParse(p.birthDate).success) {
    const age = ageOn(p.birthDate, today);
    if (p.birthDate > budapestDay(today) || age > 120) issues.push(['birthDate', 'volunteers.error.date']);
    else if (age < minimumVolunteerAge) issues.push(['birthDate', 'volunteers.error.tooYoung']);
    else if (age < adultAge) {
      if (!p.guardianName) issues.push(['guardianName', 'volunteers.error.guardianName']);
      if (!p.guardianEmail && !p.guardianPhone) issues.push(['guardianEmail', 'volunteers.error.guardianContact']);
    }
  }
  if (!p.remoteOnly && p.travelRadiusKm == null) issues.push(['travelRadiusKm', 'volunteers.error.radius']);
  return issues;
}

/** The same rules over the text of a posted form (checkboxes "on", numbers as text). */
export function postedRuleIssues(posted: Record<string, string>, today: Date = new Date()): [string, MessageKey][] {
  const text = (k: string) => posted[k]?.trim() || null;
  const radius = text('travelRadiusKm');
  return profileRuleIssues(
    {
      birthDate: text('birthDate'),
      guardianName: text('guardianName'),
      guardianEmail: text('guardianEmail'),
      guardianPhone: text('guardianPhone'),
      remoteOnly: posted.remoteOnly === 'on',
      travelRadiusKm: radius && /^\d+$/.test(radius) ? Number(radius) : null,
    },
    today,
  );
}

function addRuleIssues(p: RuleInput, ctx: z.RefinementCtx, today: () => Date) {
  for (const [path, message] of profileRuleIssues(p, today())) ctx.addIssue({ code: 'custom', path: [path], message });
}

/** The volunteer's own profile form (`/volunteer/profile`); the e-mail comes from the account. */
export function ownProfileSchema(today: () => Date = () => new Date()) {
  return z.object(profileShape).superRefine((p, ctx) => addRuleIssues(p, ctx, today));
}
export type OwnProfileInput = z.output<ReturnType<typeof ownProfileSchema>>;

/** Staff registering or editing a volunteer: e-mail optional (walk-in, phone), center for national admins. */
export function staffProfileSchema(today: () => Date = () => new Date()) {
  return z
    .object({
      ...profileShape,
      email: optionalEmail,
      centerId: z.preprocess((v) => (v === '' ? undefined : v), z.guid('validation.choice').optional()),
      /** The Volunteer Point that registers the walk-in (optional). */
      pointId: z.preprocess((v) => (v === '' ? undefined : v), z.guid('validation.choice').optional()),
    })
    .superRefine((p, ctx) => addRuleIssues(p, ctx, today));
}
export type StaffProfileInput = z.output<ReturnType<typeof staffProfileSchema>>;

/** Health fitness and good-conduct certificate: status and the day it was checked, never the document. */
export const checksSchema = z
  .object({
    healthStatus: z.enum(healthStatuses),
    healthCheckedAt: optionalIsoDate,
    conductStatus: z.enum(conductStatuses),
    conductCheckedAt: optionalIsoDate,
  })
  .superRefine((c, ctx) => {
    const today = budapestDay(new Date());
    if (c.healthStatus !== 'unknown' && !c.healthCheckedAt) ctx.addIssue({ code: 'custom', path: ['healthCheckedAt'], message: 'volunteers.error.checkedAt' });
    if (c.conductStatus !== 'unknown' && !c.conductCheckedAt)
      ctx.addIssue({ code: 'custom', path: ['conductCheckedAt'], message: 'volunteers.error.checkedAt' });
    if (c.healthCheckedAt && c.healthCheckedAt > today) ctx.addIssue({ code: 'custom', path: ['healthCheckedAt'], message: 'volunteers.error.future' });
    if (c.conductCheckedAt && c.conductCheckedAt > today) ctx.addIssue({ code: 'custom', path: ['conductCheckedAt'], message: 'volunteers.error.future' });
  });
export type ChecksInput = z.output<typeof checksSchema>;

export const qualificationSchema = z.object({
  name: z.string().trim().min(1).max(120),
  validUntil: optionalIsoDate,
});
export type QualificationInput = z.output<typeof qualificationSchema>;

/** Staff confirm that the guardian's written consent is at hand (GDPR Art. 8, Köt. 4. §). */
export const guardianConsentSchema = z.object({
  confirmed: z.literal('on', 'volunteers.error.confirmRequired'),
});

export const claimSchema = z.object({ token: z.string().trim().min(10).max(200) });

export const volunteerSorts = ['name', 'place', 'birthDate', 'created'] as const;
export type VolunteerSort = (typeof volunteerSorts)[number];

/** Filters of the staff list, read from the query string; anything unusable is dropped. */
export const listFilterSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  cause: slug.optional().catch(undefined),
  skill: slug.optional().catch(undefined),
  place: z.string().trim().max(120).optional().catch(undefined),
  minors: z.literal('1').optional().catch(undefined),
  unplaced: z.literal('1').optional().catch(undefined),
});
export type ListFilterInput = z.output<typeof listFilterSchema>;

export function volunteerIdParam(params: unknown): string {
  return uuidParam(params, 'volunteerId');
}
