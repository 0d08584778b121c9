import { z } from 'zod';
import { isCalendarDay } from '../../platform/budapest-time.js';
import { calendarDay, optionalChoice, optionalEmail, optionalPhone, optionalText, requiredText, searchText, uuidParam } from '../../platform/form-fields.js';

/** The kinds of stakeholders of local advocacy (the database checks the same list). */
export const stakeholderKinds = ['municipality', 'institution', 'decision_maker', 'committee', 'company', 'media'] as const;
export type StakeholderKind = (typeof stakeholderKinds)[number];

/** The legal basis of keeping a contact person's data (GDPR Art. 6 (1)); without one no contact is stored. */
export const contactLegalBases = ['legitimate_interest', 'consent', 'public_task', 'public_role'] as const;

export const actionKinds = ['meeting', 'letter', 'proposal', 'consultation_response', 'event'] as const;
export type ActionKind = (typeof actionKinds)[number];

export const stakeholderSorts = ['name', 'kind', 'settlement', 'updated'] as const;
export type StakeholderSort = (typeof stakeholderSorts)[number];
export const actionSorts = ['day', 'kind', 'title', 'settlement'] as const;
export type ActionSort = (typeof actionSorts)[number];

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalId = z.preprocess(blankToUndefined, z.guid('validation.choice').optional());
const optionalDay = z.preprocess(blankToUndefined, z.string().trim().refine(isCalendarDay, 'validation.invalid').optional());
/** A checkbox group arrives as nothing, one string or an array of strings. */
const idList = (max: number) =>
  z.preprocess((v) => (v == null || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(z.guid('validation.choice')).max(max, 'validation.invalid'));

/** "oktatás, ifjúság" → ['oktatás', 'ifjúság']: trimmed, lower-cased, without repeats; at most 20 of at most 40 characters. */
const tagList = z
  .string()
  .max(1000)
  .optional()
  .transform((v) => [
    ...new Set(
      (v ?? '')
        .split(',')
        .map((s) => s.trim().toLocaleLowerCase('hu'))
        .filter(Boolean),
    ),
  ])
  .refine((tags) => tags.length <= 20 && tags.every((x) => x.length <= 40), 'advocacy.error.tags');

/**
 * The stakeholder form. A contact person's name, e-mail or phone is refused unless a legal basis is
 * chosen (GDPR Art. 6; the database checks the same).
 */
export const stakeholderFormSchema = z
  .object({
    centerId: optionalId,
    kind: z.enum(stakeholderKinds, 'validation.choice'),
    name: requiredText(200),
    place: optionalText(120),
    ownerUserId: optionalId,
    tags: tagList,
    notes: optionalText(5000),
    contactName: optionalText(200),
    contactEmail: optionalEmail,
    contactPhone: optionalPhone,
    contactLegalBasis: z.preprocess(blankToUndefined, z.enum(contactLegalBases, 'validation.choice').optional()),
  })
  .superRefine((f, ctx) => {
    if (f.contactLegalBasis) return;
    for (const field of ['contactName', 'contactEmail', 'contactPhone'] as const) {
      if (f[field]) ctx.addIssue({ code: 'custom', path: [field], message: 'advocacy.error.contactWithoutBasis' });
    }
  });
export type StakeholderInput = z.output<typeof stakeholderFormSchema>;

/** The action form; the stakeholders come from checkboxes (`stakeholderIds`). */
export const actionFormSchema = z
  .object({
    centerId: optionalId,
    kind: z.enum(actionKinds, 'validation.choice'),
    title: requiredText(200),
    goal: requiredText(5000),
    heldOn: calendarDay(),
    place: optionalText(120),
    stakeholderIds: idList(100),
    outcome: optionalText(5000),
    followUp: optionalText(5000),
    followUpOn: optionalDay,
  })
  .superRefine((f, ctx) => {
    if (f.followUpOn && !f.followUp) ctx.addIssue({ code: 'custom', path: ['followUp'], message: 'advocacy.error.followUpText' });
  });
export type ActionInput = z.output<typeof actionFormSchema>;

/** The stakeholder list's filters (`?kind=&place=&owner=&tag=&q=`); a bad value reads as none. */
export const stakeholderFilterSchema = z.object({
  q: searchText(100),
  kind: optionalChoice(stakeholderKinds),
  place: searchText(120),
  owner: z.guid().optional().catch(undefined),
  tag: searchText(40),
});
export type StakeholderFilterInput = z.output<typeof stakeholderFilterSchema>;

const filterDay = z
  .string()
  .optional()
  .catch(undefined)
  .transform((v) => (v && isCalendarDay(v) ? v : undefined));

/** The action list's filters (`?kind=&from=&to=&place=&stakeholder=`). */
export const actionFilterSchema = z.object({
  kind: optionalChoice(actionKinds),
  from: filterDay,
  to: filterDay,
  place: searchText(120),
  stakeholder: z.guid().optional().catch(undefined),
  /** 'due': only actions whose follow-up day has come (the dashboard's next step links here). */
  followUp: optionalChoice(['due'] as const),
});
export type ActionFilterInput = z.output<typeof actionFilterSchema>;

/** The stakeholder checkboxes' name filter on the action form (`?who=`). */
export const stakeholderPickerFilter = searchText(100);

export const stakeholderIdParam = (params: unknown) => uuidParam(params, 'stakeholderId');
export const actionIdParam = (params: unknown) => uuidParam(params, 'advocacyActionId');
export const documentIdParam = (params: unknown) => uuidParam(params, 'advocacyDocumentId');

/** The largest document accepted (the database checks the same). */
export const maxDocumentBytes = 10 * 1024 * 1024;
