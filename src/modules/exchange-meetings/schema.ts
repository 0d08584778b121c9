import { z } from 'zod';
import { calendarDay, optionalChoice, optionalText, requiredText, searchText, uuidParam } from '../../platform/form-fields.js';

/** A day a meeting may be on: the calendar day, within a sane range (no year 20000 from a typo). */
const meetingDay = calendarDay('validation.invalid').refine((d) => d >= '2000-01-01' && d <= '2099-12-31', 'exchange.error.dayRange');

/**
 * A meeting's form: the day, the theme, the place and the notes; `centerId` only where the actor
 * chooses the center (national admins, staff of several centers), checked against their reach.
 */
export const meetingFormSchema = z.object({
  heldOn: meetingDay,
  theme: requiredText(200),
  place: optionalText(300),
  notes: optionalText(10_000),
  centerId: z
    .string()
    .trim()
    .optional()
    .refine((v) => !v || z.guid().safeParse(v).success, 'validation.choice')
    .transform((v) => (v ? v : null)),
});
export type MeetingInput = z.output<typeof meetingFormSchema>;

/** Who a follow-up is for: the center itself, or one of the invited organizations (its id). */
export const centerAssignee = 'center';

/** A follow-up agreed at the meeting: what, who, by when. */
export const followUpFormSchema = z.object({
  description: requiredText(1000),
  assignee: z
    .string()
    .trim()
    .min(1, 'validation.required')
    .refine((v) => v === centerAssignee || z.guid().safeParse(v).success, 'validation.choice'),
  dueOn: meetingDay,
});
export type FollowUpInput = z.output<typeof followUpFormSchema>;

/** Marking a follow-up done (`1`) or open again (`0`). */
export const followUpDoneSchema = z.object({ done: z.enum(['1', '0'], 'validation.choice') });

/** Checkbox groups post one value, several, or none at all; only ids are kept. */
const checkedIds = z.preprocess(
  (v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]),
  z
    .array(z.string().trim().max(60))
    .max(1000)
    .transform((ids) => [...new Set(ids.filter((id) => z.guid().safeParse(id).success))]),
);

/** The invitation form: the organizations shown (`shown`) and of those the ticked ones (`invited`). */
export const invitationFormSchema = z.object({ shown: checkedIds, invited: checkedIds });
export type InvitationInput = z.output<typeof invitationFormSchema>;

/** The attendance form: the invited organizations that attended (the others did not). */
export const attendanceFormSchema = z.object({ attended: checkedIds });

/** A deletion goes ahead only with the confirmation page's `confirmed=1`. */
export function isConfirmed(body: unknown): boolean {
  return !!body && typeof body === 'object' && (body as Record<string, unknown>).confirmed === '1';
}

export const meetingWhens = ['upcoming', 'past'] as const;
export type MeetingWhen = (typeof meetingWhens)[number];
export const meetingSorts = ['date', 'invited', 'attended', 'open'] as const;
export type MeetingSort = (typeof meetingSorts)[number];

/** `/exchange-meetings?when=&followUps=overdue&centerId=`: never rejected, bad values read as none. */
const meetingFilterSchema = z.object({
  when: optionalChoice(meetingWhens),
  followUps: optionalChoice(['overdue'] as const),
  centerId: z.guid().optional().catch(undefined),
});
export type MeetingFilter = z.output<typeof meetingFilterSchema>;

export function parseMeetingFilter(query: unknown): MeetingFilter {
  const q = (query ?? {}) as Record<string, unknown>;
  return meetingFilterSchema.parse({ when: q.when || undefined, followUps: q.followUps || undefined, centerId: q.centerId || undefined });
}

/** `?q=` of the invitation page: the organizations' names to show (accent-blind). */
export function parseOrganizationSearch(query: unknown): string {
  return searchText(200).parse((query as Record<string, unknown> | undefined)?.q);
}

/** The meeting's id in a path (anything else cannot name one: 404). */
export function meetingIdParam(params: unknown): string {
  return uuidParam(params, 'exchangeMeetingId');
}

/** The follow-up's id in a path. */
export function followUpIdParam(params: unknown): string {
  return uuidParam(params, 'followUpId');
}
