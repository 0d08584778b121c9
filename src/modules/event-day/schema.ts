import { z } from 'zod';
import { calendarDay, optionalText, requiredText, searchText, uuidParam } from '../../platform/form-fields.js';

export const eventDaySorts = ['day', 'name', 'status'] as const;
export type EventDaySort = (typeof eventDaySorts)[number];
export const eventDayStatuses = ['draft', 'solved', 'published'] as const;

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalId = z.preprocess(blankToUndefined, z.guid('validation.choice').optional());
const time = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'eventDay.error.time');
const optionalTime = z.preprocess(blankToUndefined, time.optional());
const wholeNumber = (min: number, max: number) =>
  z.coerce.number('validation.invalid').int('validation.invalid').min(min, 'validation.invalid').max(max, 'validation.invalid');
/** "Frissítőpont, Rajt-cél" → ['Frissítőpont', 'Rajt-cél']: trimmed, no repeats, at most 20 of at most 100 characters. */
const nameList = z
  .string()
  .max(2000)
  .optional()
  .transform((v) => [
    ...new Set(
      (v ?? '')
        .split(',')
        .map((s) => s.trim().replace(/\s+/g, ' '))
        .filter(Boolean),
    ),
  ])
  .refine((names) => names.length <= 20 && names.every((x) => x.length <= 100), 'validation.invalid');

export const eventDayFormSchema = z.object({
  centerId: optionalId,
  name: requiredText(200),
  day: calendarDay(),
  place: optionalText(200),
  programId: optionalId,
});
export type EventDayInput = z.output<typeof eventDayFormSchema>;

/** A task-slot: its times on the event's day (Budapest wall clock), seats and requirements. */
export const taskFormSchema = z
  .object({
    name: requiredText(100),
    startsAt: time,
    endsAt: time,
    capacity: wholeNumber(1, 1000),
    requiredSeats: z.preprocess((v) => blankToUndefined(v) ?? '0', wholeNumber(0, 1000)),
    requiredQualifications: nameList,
    minAge: z.preprocess(blankToUndefined, wholeNumber(10, 99).optional()),
  })
  .superRefine((f, ctx) => {
    if (f.endsAt <= f.startsAt) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'eventDay.error.endsBeforeStart' });
    if (f.requiredSeats > f.capacity) ctx.addIssue({ code: 'custom', path: ['requiredSeats'], message: 'eventDay.error.requiredSeats' });
  });
export type TaskInput = z.output<typeof taskFormSchema>;

/** A volunteer's wishes for the event day. */
export const eventVolunteerFormSchema = z
  .object({
    volunteerId: z.guid('eventDay.error.volunteer'),
    rankedTasks: nameList,
    availableFrom: optionalTime,
    availableUntil: optionalTime,
    friendVolunteerId: optionalId,
    maxSlots: z.preprocess((v) => blankToUndefined(v) ?? '1', wholeNumber(1, 10)),
  })
  .superRefine((f, ctx) => {
    if (f.availableFrom && f.availableUntil && f.availableUntil <= f.availableFrom) {
      ctx.addIssue({ code: 'custom', path: ['availableUntil'], message: 'eventDay.error.endsBeforeStart' });
    }
    if (f.friendVolunteerId && f.friendVolunteerId === f.volunteerId)
      ctx.addIssue({ code: 'custom', path: ['friendVolunteerId'], message: 'eventDay.error.friend' });
  });
export type EventVolunteerInput = z.output<typeof eventVolunteerFormSchema>;

/** The rows pasted from a spreadsheet (import-service.ts reads them); the request's 256 KB limit holds about 2,000 rows. */
export const importFormSchema = z.object({ rows: requiredText(250_000) });

export const volunteerSearchSchema = z.object({ q: searchText(100) });

export const eventDayIdParam = (params: unknown) => uuidParam(params, 'eventDayId');
export const taskIdParam = (params: unknown) => uuidParam(params, 'taskId');
export const volunteerIdParam = (params: unknown) => uuidParam(params, 'volunteerId');
