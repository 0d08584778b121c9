import { z } from 'zod';
import { NotFoundError } from '../../platform/errors.js';
import { optionalChoice, optionalText, requiredText, searchText, uuidParam } from '../../platform/form-fields.js';
import { readinessAreas } from '../readiness/areas.js';

/** Who a course is for (issue 14). */
export const courseAudiences = ['volunteer', 'organization', 'coordinator', 'trainer'] as const;
export type CourseAudience = (typeof courseAudiences)[number];

export const courseStatuses = ['draft', 'published', 'archived'] as const;
export type CourseStatus = (typeof courseStatuses)[number];

/** "elsosegely-alapkepzes": lower-case letters, digits and single hyphens, as in the course's address. */
export const courseSlugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const maxCourseSlugLength = 80;

/**
 * Static segments under /trainings that a course's address may not take: /trainings/manage,
 * /trainings/mine and the rest are pages of their own (and may become so).
 */
export const reservedCourseSlugs: ReadonlySet<string> = new Set([
  'manage',
  'mine',
  'sessions',
  'registrations',
  'offers',
  'new',
  'edit',
  'export',
  'api',
  'catalogue',
  'readiness',
  'exchange',
  'meetings',
  'attendance',
  'certificates',
  'feedback',
  'check-in',
]);

/** The course's address from the path; anything else cannot name one (404, not a database query). */
export function courseSlugParam(params: unknown): string {
  const slug = (params as { courseSlug?: unknown }).courseSlug;
  if (typeof slug !== 'string' || slug.length > maxCourseSlugLength || !courseSlugPattern.test(slug)) throw new NotFoundError('course');
  return slug;
}

export const courseIdParam = (params: unknown) => uuidParam(params, 'courseId');
export const sessionIdParam = (params: unknown) => uuidParam(params, 'sessionId');
export const registrationIdParam = (params: unknown) => uuidParam(params, 'registrationId');

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const checked = z.preprocess((v) => v === 'on' || v === 'true' || v === '1', z.boolean());
const optionalWhole = (min: number, max: number, key: 'trainings.error.validity' | 'trainings.error.minAge') =>
  z.preprocess(blankToUndefined, z.coerce.number('validation.number').int('validation.number').min(min, key).max(max, key).optional());

/** A form's checkbox group arrives as nothing, one string or an array of strings. */
const areaList = z.preprocess(
  (v) => (v == null || v === '' ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.enum(readinessAreas, 'validation.choice')).max(readinessAreas.length, 'validation.invalid'),
);

/** "4", "1,5" or "1.5" hours → minutes (a quarter of an hour up to a fortnight's 200 hours). */
const durationHours = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim().replace(',', '.') : v),
  z.coerce
    .number('trainings.error.duration')
    .min(0.25, 'trainings.error.duration')
    .max(200, 'trainings.error.duration')
    .transform((h) => Math.round(h * 60)),
);

/**
 * The course form. `centerId` is the course's center ('' for a national course, national admins
 * only: the service decides); a validity needs the qualification it is the validity of.
 */
export const courseFormSchema = z
  .object({
    title: requiredText(200),
    slug: z
      .string()
      .trim()
      .min(3, 'trainings.error.slug')
      .max(maxCourseSlugLength, 'trainings.error.slug')
      .regex(courseSlugPattern, 'trainings.error.slug')
      .refine((s) => !reservedCourseSlugs.has(s), 'trainings.error.slugReserved'),
    audience: z.enum(courseAudiences, 'validation.choice'),
    summary: requiredText(500),
    description: requiredText(20_000),
    duration: durationHours,
    prerequisites: optionalText(2000),
    qualificationName: optionalText(100),
    validityMonths: optionalWhole(1, 240, 'trainings.error.validity'),
    minAge: optionalWhole(10, 99, 'trainings.error.minAge'),
    readinessAreas: areaList,
    status: z.enum(courseStatuses, 'validation.choice'),
    centerId: z.preprocess(blankToUndefined, z.guid('validation.choice').optional()),
  })
  .superRefine((v, ctx) => {
    if (v.validityMonths !== undefined && !v.qualificationName) {
      ctx.addIssue({ code: 'custom', path: ['validityMonths'], message: 'trainings.error.validityWithoutQualification' });
    }
  });
export type CourseInput = z.output<typeof courseFormSchema>;

const localDateTime = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'opportunities.error.dateTime');

/**
 * A session: Budapest wall-clock times, a settlement (as typed, resolved by the service) and address
 * or an online link, the trainer (a name, or the e-mail of a user account), seats and hold hours.
 */
export const sessionFormSchema = z
  .object({
    centerId: z.preprocess(blankToUndefined, z.guid('validation.choice').optional()),
    startsAt: localDateTime,
    endsAt: localDateTime,
    online: checked,
    place: z.preprocess(blankToUndefined, z.string().trim().max(120).optional()),
    address: optionalText(300),
    onlineUrl: z.preprocess(
      blankToUndefined,
      z
        .string()
        .trim()
        .max(500)
        .regex(/^https?:\/\/\S+$/, 'trainings.error.onlineUrl')
        .optional(),
    ),
    trainerName: optionalText(200),
    trainerEmail: z.preprocess(blankToUndefined, z.string().trim().toLowerCase().max(254).pipe(z.email('validation.email')).optional()),
    capacity: z.coerce.number('validation.number').int('validation.number').min(1, 'trainings.error.capacity').max(1000, 'trainings.error.capacity'),
    holdHours: z.coerce.number('validation.number').int('validation.number').min(1, 'trainings.error.holdHours').max(336, 'trainings.error.holdHours'),
  })
  .superRefine((v, ctx) => {
    if (!v.online && !v.place) ctx.addIssue({ code: 'custom', path: ['place'], message: 'trainings.error.placeRequired' });
    if (v.online && !v.onlineUrl) ctx.addIssue({ code: 'custom', path: ['onlineUrl'], message: 'trainings.error.onlineUrlRequired' });
    if (!v.trainerName && !v.trainerEmail) ctx.addIssue({ code: 'custom', path: ['trainerName'], message: 'trainings.error.trainerRequired' });
  });
export type SessionInput = z.output<typeof sessionFormSchema>;

/** The box that confirms a person registered without a birth date is an adult (of the course's age). */
const adultConfirmed = z.literal('on', 'trainings.error.adultConfirm');

/** Organization staff register one of their people: a placed volunteer (`v:<id>`) or a member (`u:<id>`). */
export const organizationEnrolSchema = z.object({
  organizationId: z.guid('validation.choice'),
  person: z.string().regex(/^[uv]:[0-9a-fA-F-]{36}$/, 'validation.choice'),
  adultConfirmed: z.preprocess(blankToUndefined, z.literal('on').optional()),
});

/** Staff register an existing volunteer of their tenant. */
export const volunteerEnrolSchema = z.object({ volunteerId: z.guid('validation.choice') });

/** Staff register a walk-in who has no profile: a name and an e-mail address. */
export const walkInEnrolSchema = z.object({
  familyName: requiredText(100),
  givenName: requiredText(100),
  email: z.string().trim().toLowerCase().min(1, 'validation.required').max(254).pipe(z.email('validation.email')),
  adultConfirmed,
});

/** Which enrolment form was posted (each has its own fields). */
export const enrolKinds = ['organization', 'volunteer', 'walkIn'] as const;
export type EnrolKind = (typeof enrolKinds)[number];

/** The answer to an offered seat. */
export const offerAnswerSchema = z.object({ answer: z.enum(['accept', 'decline'], 'validation.choice') });

/** A destructive step: the box must be ticked. */
export const confirmSchema = z.object({ confirm: z.literal('on', 'trainings.error.confirm') });

/** `/trainings/manage?q=&audience=&status=`: never rejected, bad values read as none. */
export const courseFilterSchema = z.object({ q: searchText(120), audience: optionalChoice(courseAudiences), status: optionalChoice(courseStatuses) });
export type CourseFilter = z.output<typeof courseFilterSchema>;
export const courseSorts = ['title', 'audience', 'status', 'updated', 'upcoming'] as const;
export type CourseSort = (typeof courseSorts)[number];

/** The staff roster of a session and a person's own registrations: how they sort. */
export const participantSorts = ['status', 'name', 'registered'] as const;
export type ParticipantSort = (typeof participantSorts)[number];
export const registrationSorts = ['starts', 'course'] as const;
export type RegistrationSort = (typeof registrationSorts)[number];

/** `/trainings?audience=&place=&online=&page=`: the public catalogue's filters. */
export const catalogueSearchSchema = z.object({
  audience: optionalChoice(courseAudiences),
  place: searchText(120),
  online: z
    .string()
    .optional()
    .catch(undefined)
    .transform((v) => v === 'on'),
  page: z.coerce.number().int().min(1).max(1000).catch(1).default(1),
});
export type CatalogueSearch = z.output<typeof catalogueSearchSchema>;

/** The volunteer search on the enrolment page (`?q=`). */
export const enrolSearchSchema = z.object({ q: searchText(120) });
