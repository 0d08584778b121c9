import { z } from 'zod';
import { isCalendarDay } from '../../platform/budapest-time.js';
import { calendarDay, optionalEmail, optionalText, requiredText, uuidParam } from '../../platform/form-fields.js';

export const healthStatusChoices = ['fit', 'not_fit'] as const;

/** A day that has come (a check or a signature is recorded after it happened). */
const pastDay = (today: () => string) => calendarDay().refine((d) => d <= today(), { message: 'hospital.error.futureDay', abort: true });

/** The health-fitness check: status and day only (HUNGARY.md §4). */
export const healthCheckSchema = (today: () => string) =>
  z.object({
    status: z.enum(healthStatusChoices, 'validation.choice'),
    checkedOn: pastDay(today),
  });
export type HealthCheckInput = z.output<ReturnType<typeof healthCheckSchema>>;

export const declarationSchema = (today: () => string) => z.object({ signedOn: pastDay(today) });

/** Confirmation of a destructive step (a ticked box, works without JavaScript). */
export const confirmSchema = z.object({ confirm: z.literal('on', 'hospital.error.confirm') });

/** A ward: its host (a partner organization of the program), name, and supervisor (an account's e-mail or a name). */
export const wardFormSchema = z
  .object({
    organizationId: z.guid('validation.choice'),
    name: requiredText(200),
    supervisorEmail: optionalEmail,
    supervisorName: optionalText(200),
  })
  .superRefine((f, ctx) => {
    if (!f.supervisorEmail && !f.supervisorName) ctx.addIssue({ code: 'custom', path: ['supervisorName'], message: 'hospital.error.supervisor' });
  });
export type WardInput = z.output<typeof wardFormSchema>;

const clock = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'hospital.error.time');
const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

/** A recurring weekly slot: weekday (1 = Monday), Budapest wall-clock start and end, capacity, task, active from/until. */
export const slotFormSchema = z
  .object({
    weekday: z.coerce.number('validation.choice').int('validation.choice').min(1, 'validation.choice').max(7, 'validation.choice'),
    startsAt: clock,
    endsAt: clock,
    capacity: z.coerce.number('hospital.error.capacity').int('hospital.error.capacity').min(1, 'hospital.error.capacity').max(100, 'hospital.error.capacity'),
    task: optionalText(300),
    activeFrom: calendarDay(),
    activeUntil: z.preprocess(blankToUndefined, z.string().trim().refine(isCalendarDay, 'validation.invalid').optional()),
  })
  .superRefine((f, ctx) => {
    if (f.endsAt <= f.startsAt) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'hospital.error.endBeforeStart' });
    if (f.activeUntil && f.activeUntil < f.activeFrom) ctx.addIssue({ code: 'custom', path: ['activeUntil'], message: 'hospital.error.untilBeforeFrom' });
  });
export type SlotInput = z.output<typeof slotFormSchema>;

/** A sign-up: which slot in which week ("slotId:YYYY-MM-DD", the week's Monday). */
export const signupSchema = z.object({
  slotWeek: z
    .string()
    .trim()
    .regex(/^[0-9a-f-]{36}:\d{4}-\d{2}-\d{2}$/i, 'validation.choice')
    .refine((v) => isCalendarDay(v.slice(37)), 'validation.choice')
    .transform((v) => ({ slotId: v.slice(0, 36).toLowerCase(), weekStart: v.slice(37) })),
});

export const hospitalProgramIdParam = (params: unknown) => uuidParam(params, 'hospitalProgramId');
export const rosterProgramIdParam = (params: unknown) => uuidParam(params, 'rosterProgramId');
export const volunteerIdParam = (params: unknown) => uuidParam(params, 'volunteerId');
export const wardIdParam = (params: unknown) => uuidParam(params, 'wardId');
export const slotIdParam = (params: unknown) => uuidParam(params, 'slotId');
export const rosterSignupIdParam = (params: unknown) => uuidParam(params, 'rosterSignupId');

/** `?week=YYYY-MM-DD` of the supervisor view (any day of the week). */
export function weekQuery(query: unknown): string | undefined {
  const week = (query as Record<string, unknown> | undefined)?.week;
  return typeof week === 'string' && isCalendarDay(week) ? week : undefined;
}

/** `?email=` of the program volunteers page: finds a volunteer to record a first requirement for. */
export function emailQuery(query: unknown): string | undefined {
  const parsed = z
    .string()
    .trim()
    .email()
    .max(254)
    .safeParse((query as Record<string, unknown> | undefined)?.email);
  return parsed.success ? parsed.data : undefined;
}
