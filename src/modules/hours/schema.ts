import { z } from 'zod';
import { optionalText, requiredText, calendarDay as sharedCalendarDay } from '../../platform/form-fields.js';

/** Form inputs of the hours module (every one validated here, on the server). */

const calendarDay = sharedCalendarDay();

const optionalTime = z
  .string()
  .trim()
  .optional()
  .refine((v) => !v || /^([01]\d|2[0-3]):[0-5]\d$/.test(v), 'hours.error.time')
  .transform((v) => (v ? v : null));

const optionalWhole = (max: number) =>
  z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || (/^\d{1,2}$/.test(v) && Number(v) <= max), 'validation.invalid')
    .transform((v) => (v ? Number(v) : null));

/** How long: a start and an end on the day (Budapest wall clock), or a duration in minutes. */
export type HoursSpan = { kind: 'times'; start: string; end: string } | { kind: 'duration'; minutes: number };

const maxMinutes = 24 * 60;

/**
 * The log form. `today` is the Budapest calendar day now: an activity cannot be logged ahead.
 * Either start and end (end after start, on the same day) or a duration (hours and minutes), never both.
 */
export function logHoursFormSchema(today: string) {
  return z
    .object({
      day: calendarDay.refine((v) => v <= today, 'hours.error.futureDay'),
      startTime: optionalTime,
      endTime: optionalTime,
      durationHours: optionalWhole(24),
      durationMinutes: optionalWhole(59),
      activity: requiredText(200),
      note: optionalText(1000),
      overrideReason: optionalText(2000),
    })
    .superRefine((v, ctx) => {
      const timesGiven = v.startTime != null || v.endTime != null;
      const durationGiven = v.durationHours != null || v.durationMinutes != null;
      if (timesGiven && durationGiven) ctx.addIssue({ code: 'custom', path: ['durationHours'], message: 'hours.error.timesOrDuration' });
      else if (timesGiven) {
        if (v.startTime == null) ctx.addIssue({ code: 'custom', path: ['startTime'], message: 'validation.required' });
        else if (v.endTime == null) ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'validation.required' });
        else if (v.endTime <= v.startTime) ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'hours.error.endBeforeStart' });
      } else if (durationGiven) {
        const minutes = (v.durationHours ?? 0) * 60 + (v.durationMinutes ?? 0);
        if (minutes <= 0 || minutes > maxMinutes) ctx.addIssue({ code: 'custom', path: ['durationHours'], message: 'hours.error.durationRange' });
      } else ctx.addIssue({ code: 'custom', path: ['startTime'], message: 'hours.error.timeOrDurationNeeded' });
    })
    .transform(({ startTime, endTime, durationHours, durationMinutes, ...rest }) => {
      const span: HoursSpan =
        startTime && endTime
          ? { kind: 'times', start: startTime, end: endTime }
          : { kind: 'duration', minutes: (durationHours ?? 0) * 60 + (durationMinutes ?? 0) };
      return { ...rest, span };
    });
}
export type LogHoursInput = z.output<ReturnType<typeof logHoursFormSchema>>;

export const rejectFormSchema = z.object({ reason: requiredText(1000, 'hours.error.reasonRequired') });

/** A destructive or bulk action's confirmation checkbox (works without JavaScript). */
export const confirmFormSchema = z.object({ confirm: z.literal('on', 'hours.error.confirm') });
