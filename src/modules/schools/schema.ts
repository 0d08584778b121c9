import { z } from 'zod';
import { isCalendarDay } from '../../platform/budapest-time.js';
import { calendarDay, optionalChoice, optionalEmail, optionalPhone, optionalText, requiredText, searchText, uuidParam } from '../../platform/form-fields.js';
import { ikszAreas } from '../iksz/areas.js';

/** HUNGARY.md §2.1: who is exempt from the 50 hours (the database checks the same list). */
export const exemptReasons = ['adult_education', 'evening', 'sni', 'over_25'] as const;
export type ExemptReason = (typeof exemptReasons)[number];

/** The student's track: 133. § (4) spreads the service over grades 9–11 of every secondary track, technikum included. */
export const studentTracks = ['gimnazium', 'technikum', 'szakgimnazium', 'other'] as const;

/** Grades a student may be enrolled in (the database checks 9–13; technikum runs to 13). */
export const studentGrades = ['9', '10', '11', '12', '13'] as const;

export const capKinds = ['at_school', 'per_host'] as const;
export type CapKind = (typeof capKinds)[number];
export const capModes = ['warn', 'refuse'] as const;
export type CapMode = (typeof capModes)[number];

export const schoolSorts = ['name', 'omId', 'settlement'] as const;
export type SchoolSort = (typeof schoolSorts)[number];
export const studentSorts = ['name', 'className', 'grade'] as const;
export type StudentSort = (typeof studentSorts)[number];
export const agreementSorts = ['host', 'endsOn', 'startsOn'] as const;
export type AgreementSort = (typeof agreementSorts)[number];

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const requiredEmail = z.string().trim().toLowerCase().min(1, 'validation.required').max(254).pipe(z.email('validation.email'));
const optionalDay = z.preprocess(blankToUndefined, z.string().trim().refine(isCalendarDay, 'validation.invalid').optional());
/** A class name as schools write it: "10.B", "9.A", "11.NY" (a grade, a dot, a letter group). */
const className = z
  .string()
  .trim()
  .toUpperCase()
  .min(1, 'validation.required')
  .max(12)
  .regex(/^(9|1[0-3])\.\s?[A-ZÁÉÍÓÖŐÚÜŰ0-9/]{1,6}$/u, 'schools.error.className')
  .transform((v) => v.replace(/\s/g, ''));

/** The school's OM identifier: exactly six digits. */
export const omIdPattern = /^\d{6}$/;

export const schoolFormSchema = z.object({
  name: requiredText(200),
  omId: z.string().trim().min(1, 'validation.required').regex(omIdPattern, 'schools.error.omId'),
  place: requiredText(120),
  address: optionalText(300),
  email: optionalEmail,
  phone: optionalPhone,
  hostOrganizationId: z.preprocess(blankToUndefined, z.guid('validation.choice').optional()),
});
export type SchoolInput = z.output<typeof schoolFormSchema>;

export const coordinatorFormSchema = z.object({ coordinatorEmail: requiredEmail });

/** "10.B, 11.A" → ['10.B', '11.A']; at least one class. */
const classList = z
  .string()
  .max(300)
  .transform((v) => [
    ...new Set(
      v
        .split(/[,;]/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ])
  .pipe(z.array(className).min(1, 'schools.error.classes').max(20, 'validation.invalid'));

export const classTeacherFormSchema = z.object({ teacherEmail: requiredEmail, classNames: classList });

const studentCommon = {
  className,
  grade: z.enum(studentGrades, 'validation.choice').transform(Number),
  track: z.enum(studentTracks, 'validation.choice'),
};

/** Enrolling a student: an existing volunteer by their account's e-mail, or a new profile without a login. */
export const studentFormSchema = z.discriminatedUnion(
  'source',
  [
    z.object({ source: z.literal('account'), email: requiredEmail, ...studentCommon }),
    z.object({
      source: z.literal('new'),
      familyName: requiredText(100),
      givenName: requiredText(100),
      birthDate: calendarDay(),
      place: requiredText(120),
      ...studentCommon,
    }),
  ],
  'validation.choice',
);
export type StudentInput = z.output<typeof studentFormSchema>;

export const exemptionFormSchema = z.object({
  exemptReason: z.enum(exemptReasons, 'validation.choice'),
  exemptNote: optionalText(1000),
});

export const leftFormSchema = z.object({ leftOn: calendarDay(), confirm: z.literal('on', 'schools.error.confirm') });

export const confirmSchema = z.object({ confirm: z.literal('on', 'schools.error.confirm') });

export const guardianInviteFormSchema = z.object({ guardianEmail: requiredEmail });

/** The yearly application form with the guardian's agreeing statement (HUNGARY.md §2.2). */
export const guardianAgreementFormSchema = z.object({
  agreedOn: calendarDay(),
  plannedPlace: optionalText(300),
  plannedTime: optionalText(300),
});

/** The guardian's own agreement online: the planned place and time; the day is today. */
export const onlineAgreementFormSchema = z.object({
  plannedPlace: optionalText(300),
  plannedTime: optionalText(300),
  agree: z.literal('on', 'schools.error.agree'),
});

const capHours = z.preprocess(
  blankToUndefined,
  z.coerce.number('validation.number').int('validation.number').min(1, 'schools.error.capHours').max(50, 'schools.error.capHours').optional(),
);

/** The school's caps: empty hours means no cap of that kind. */
export const capsFormSchema = z.object({
  atSchoolHours: capHours,
  atSchoolMode: z.enum(capModes, 'validation.choice'),
  perHostHours: capHours,
  perHostMode: z.enum(capModes, 'validation.choice'),
});
export type CapsInput = z.output<typeof capsFormSchema>;

const areaList = z.preprocess(
  (v) => (v == null || v === '' ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.enum(ikszAreas, 'validation.choice')).min(1, 'schools.error.areas').max(ikszAreas.length),
);

/** The cooperation agreement's facts; `body` is the text edited after it was generated from the template. */
export const agreementFormSchema = z
  .object({
    organizationId: z.guid('validation.choice'),
    startsOn: calendarDay(),
    endsOn: calendarDay(),
    mentorName: requiredText(200),
    mentorTasks: requiredText(2000),
    areas: areaList,
    body: optionalText(30_000),
    step: z.enum(['preview', 'save']).catch('preview'),
  })
  .superRefine((f, ctx) => {
    if (f.endsOn < f.startsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'schools.error.endsBeforeStart' });
    if (f.step === 'save' && !f.body) ctx.addIssue({ code: 'custom', path: ['body'], message: 'validation.required' });
  });
export type AgreementInput = z.output<typeof agreementFormSchema>;

/** The signing days the school records (its own, and the host's from the returned paper copy). */
export const signFormSchema = z.object({ schoolSignedOn: optionalDay, hostSignedOn: optionalDay });
/** The host's members record their own signing day. */
export const hostSignFormSchema = z.object({ hostSignedOn: calendarDay() });

export const schoolFilterSchema = z.object({ q: searchText(100) });
export const studentFilterSchema = z.object({
  q: searchText(100),
  className: searchText(12),
  grade: optionalChoice(studentGrades),
  agreement: optionalChoice(['missing'] as const),
  status: optionalChoice(['active', 'left', 'exempt'] as const),
});
export type StudentFilterInput = z.output<typeof studentFilterSchema>;
export const agreementFilterSchema = z.object({ expiring: optionalChoice(['1'] as const) });

export const schoolIdParam = (params: unknown) => uuidParam(params, 'schoolId');
export const studentIdParam = (params: unknown) => uuidParam(params, 'studentId');
export const agreementIdParam = (params: unknown) => uuidParam(params, 'agreementId');
export const organizationIdParam = (params: unknown) => uuidParam(params, 'organizationId');
