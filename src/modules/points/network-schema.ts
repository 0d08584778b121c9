import { z } from 'zod';
import { budapestDay } from '../../platform/budapest-time.js';
import { calendarDay, contactFields, optionalText, requiredText } from '../../platform/form-fields.js';
import { hostKinds, pointStatuses, setupItems } from './lifecycle-rules.js';

/** A day something happened: a real calendar day, not in the future, not before 2000. */
export const pastDay = calendarDay('validation.invalid').refine((d) => d >= '2000-01-01' && d <= budapestDay(new Date()), 'points.error.dayNotFuture');

/** A day something is due: a real calendar day within a sane range. */
const dueDay = calendarDay('validation.invalid').refine((d) => d >= '2000-01-01' && d <= '2099-12-31', 'validation.invalid');

/** Scouting a candidate: the host institution and its kind, the settlement, address, contact, notes. */
export const candidateFormSchema = z.object({
  name: requiredText(200),
  hostInstitution: requiredText(200),
  hostKind: z.enum(hostKinds, { message: 'validation.choice' }),
  place: requiredText(120),
  contactName: optionalText(200),
  ...contactFields,
  notes: optionalText(5000),
});
export type CandidateInput = z.output<typeof candidateFormSchema>;

/** A step of the life cycle: the new status, its day and a note. */
export const transitionFormSchema = z.object({
  to: z.enum(pointStatuses, { message: 'validation.choice' }),
  on: pastDay,
  note: optionalText(2000),
});
export type TransitionInput = z.output<typeof transitionFormSchema>;

/** A checklist item marked done on a day. */
export const setupItemFormSchema = z.object({
  item: z.enum(setupItems, { message: 'validation.choice' }),
  doneOn: pastDay,
});
export type SetupItemInput = z.output<typeof setupItemFormSchema>;

export const consultationKinds = ['visit', 'call', 'online'] as const;
/** How many agreed-action rows the form offers (no JavaScript needed to add them). */
export const actionRows = 3;

const actionFields = Object.fromEntries(
  Array.from({ length: actionRows }, (_, i) => [
    [`action${i + 1}`, optionalText(1000)],
    [
      `action${i + 1}Due`,
      z
        .string()
        .trim()
        .max(20)
        .optional()
        .refine((v) => !v || dueDay.safeParse(v).success, 'validation.invalid'),
    ],
  ]).flat(),
) as Record<string, z.ZodType<string | null | undefined>>;

/** A consultation: day, kind, topics, notes, and up to `actionRows` agreed actions with due days. */
export const consultationFormSchema = z
  .object({
    heldOn: pastDay,
    kind: z.enum(consultationKinds, { message: 'validation.choice' }),
    topics: requiredText(1000),
    notes: optionalText(10_000),
    ...actionFields,
  })
  .transform((form, ctx) => {
    const values = form as Record<string, string | null | undefined>;
    const actions: { description: string; dueOn: string | null }[] = [];
    for (let i = 1; i <= actionRows; i++) {
      const description = values[`action${i}`];
      const due = values[`action${i}Due`] || null;
      if (due && !description) ctx.addIssue({ code: 'custom', path: [`action${i}`], message: 'validation.required' });
      else if (description) actions.push({ description, dueOn: due });
    }
    return { heldOn: form.heldOn, kind: form.kind, topics: form.topics, notes: form.notes, actions };
  });
export type ConsultationInput = z.output<typeof consultationFormSchema>;

/** Marking an agreed action done. */
export const actionDoneFormSchema = z.object({ actionId: z.guid({ message: 'validation.choice' }) });

/** The coverage distance a center sets, in whole km. */
export const coverageFormSchema = z.object({
  coverageKm: z.coerce
    .number({ message: 'validation.invalid' })
    .int('validation.invalid')
    .min(1, 'points.error.coverageRange')
    .max(100, 'points.error.coverageRange'),
});
