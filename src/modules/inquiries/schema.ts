import { z } from 'zod';
import { isCalendarDay, parseBudapestLocal } from '../../platform/budapest-time.js';
import { optionalChoice, optionalEmail, optionalPhone, optionalText, requiredText, searchText, uuidParam } from '../../platform/form-fields.js';
import type { MessageKey } from '../../platform/i18n.js';

/** How an inquiry reached the center (the statistics count by it). */
export const inquiryChannels = ['phone', 'email', 'in_person', 'event', 'online_form'] as const;
export type InquiryChannel = (typeof inquiryChannels)[number];

/** Who asked: a person, someone for an organization, or someone who gave no name. */
export const askerKinds = ['person', 'organization', 'anonymous'] as const;
export type AskerKind = (typeof askerKinds)[number];

export const inquiryStatuses = ['open', 'answered', 'closed'] as const;
export type InquiryStatus = (typeof inquiryStatuses)[number];

/** How many knowledge-base articles one answer may point to. */
export const maxLinkedArticles = 10;

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalId = z.preprocess(blankToUndefined, z.guid('validation.choice').optional());
const checked = z.preprocess((v) => v === 'on' || v === 'true' || v === '1', z.boolean());
/** A checkbox group arrives as nothing, one string or an array of strings. */
const idList = (max: number) =>
  z.preprocess((v) => (v == null || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(z.guid('validation.choice')).max(max, 'validation.invalid'));

/** "mi-az-onkentesseg" or a pasted address ending in /knowledge/mi-az-onkentesseg: the article's slug. */
export function articleSlugOf(text: string): string {
  const path = text.replace(/[?#].*$/, '').replace(/\/+$/, '');
  return (path.includes('/') ? path.slice(path.lastIndexOf('/') + 1) : path).toLowerCase();
}

/** Article addresses typed one per line or separated by commas or spaces; each a slug (or a pasted link). */
const articleSlugs = z
  .string()
  .max(2000)
  .optional()
  .transform((v) => [
    ...new Set(
      (v ?? '')
        .split(/[\s,;]+/)
        .filter(Boolean)
        .map(articleSlugOf),
    ),
  ])
  .refine((slugs) => slugs.length <= maxLinkedArticles, { message: 'inquiries.error.tooManyArticles' })
  .refine((slugs) => slugs.every((s) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(s) && s.length <= 80), { message: 'inquiries.error.articleSlug' });

/** "2026-11-24T09:05" as the datetime-local input sends it, read on the Budapest wall clock. */
const receivedAt = z
  .string()
  .trim()
  .min(1, { message: 'validation.required', abort: true })
  .transform((v, ctx) => {
    const instant = parseBudapestLocal(v);
    if (!instant) ctx.addIssue({ code: 'custom', message: 'inquiries.error.receivedAt' });
    return instant ?? new Date(0);
  });

const optionalDay = z.preprocess(blankToUndefined, z.string().trim().refine(isCalendarDay, 'inquiries.error.date').optional());

type Issue = [field: string, key: MessageKey];

/** The asker's contact as one rule reads it, before or after zod (loose, so a rejected form shows every error). */
export type AskerFields = {
  askerKind?: string;
  askerName?: string | null;
  askerOrganization?: string | null;
  askerEmail?: string | null;
  askerPhone?: string | null;
  answerByEmail?: boolean;
};

/**
 * The asker's rules: an anonymous asker leaves no contact (nothing to keep, GDPR Art. 5 (1) c), and
 * cannot be answered by e-mail; a person gives a name or a way to reach them, an organization its
 * name; an answer by
 * e-mail needs the address.
 */
export function askerIssues(f: AskerFields): Issue[] {
  const issues: Issue[] = [];
  if (f.askerKind === 'anonymous') {
    for (const field of ['askerName', 'askerOrganization', 'askerEmail', 'askerPhone'] as const) {
      if (f[field]) issues.push([field, 'inquiries.error.anonymousContact']);
    }
    if (f.answerByEmail) issues.push(['answerByEmail', 'inquiries.error.anonymousByEmail']);
    return issues;
  }
  if (f.askerKind === 'person' && !f.askerName && !f.askerEmail && !f.askerPhone) issues.push(['askerName', 'inquiries.error.askerName']);
  if (f.askerKind === 'organization' && !f.askerOrganization) issues.push(['askerOrganization', 'inquiries.error.askerOrganization']);
  if (f.answerByEmail && !f.askerEmail) issues.push(['askerEmail', 'inquiries.error.emailForAnswer']);
  return issues;
}

/**
 * The staff form of an inquiry (`/inquiries/new`, `/inquiries/:id`). Fields: centerId, pointId,
 * channel, receivedAt, askerKind, askerName, askerOrganization, askerEmail, askerPhone,
 * answerByEmail, topicIds (repeated), question, answer, articles, staffUserId, followUpOn,
 * followUpDone, status.
 */
export function inquiryFormSchema(now: () => Date = () => new Date()) {
  return z
    .object({
      centerId: optionalId,
      pointId: optionalId,
      channel: z.enum(inquiryChannels, 'validation.choice'),
      receivedAt,
      askerKind: z.enum(askerKinds, 'validation.choice'),
      askerName: optionalText(200),
      askerOrganization: optionalText(200),
      askerEmail: optionalEmail,
      askerPhone: optionalPhone,
      answerByEmail: checked,
      topicIds: idList(20).refine((ids) => ids.length > 0, 'inquiries.error.topics'),
      question: requiredText(5000),
      answer: optionalText(10_000),
      articles: articleSlugs,
      staffUserId: optionalId,
      followUpOn: optionalDay,
      followUpDone: checked,
      status: z.enum(inquiryStatuses, 'validation.choice'),
    })
    .superRefine((f, ctx) => {
      const issues = askerIssues(f);
      // A few minutes of clock difference between the staff member's computer and the server are fine.
      if (f.receivedAt.getTime() > now().getTime() + 10 * 60_000) issues.push(['receivedAt', 'inquiries.error.receivedFuture']);
      if (f.status === 'answered' && !f.answer) issues.push(['answer', 'inquiries.error.answerRequired']);
      if (f.followUpDone && !f.followUpOn) issues.push(['followUpDone', 'inquiries.error.followUpWithoutDate']);
      for (const [field, message] of issues) ctx.addIssue({ code: 'custom', path: [field], message });
    });
}
export type InquiryInput = z.output<ReturnType<typeof inquiryFormSchema>>;

/**
 * The public "ask us" form (`/ask`): the center (or the asker's settlement, whose county's center
 * answers), the question, an optional name and e-mail, and whether to answer by e-mail (then the
 * e-mail is needed). `website` is a honeypot: people never see it, robots fill it in.
 */
export const askFormSchema = z
  .object({
    centerId: optionalId,
    place: z.preprocess(blankToUndefined, z.string().trim().max(120).optional()),
    question: requiredText(3000),
    name: optionalText(200),
    email: optionalEmail,
    answerByEmail: checked,
    website: z.string().max(500).optional(),
  })
  .superRefine((f, ctx) => {
    if (!f.centerId && !f.place) ctx.addIssue({ code: 'custom', path: ['centerId'], message: 'inquiries.error.askCenter' });
    if (f.answerByEmail && !f.email) ctx.addIssue({ code: 'custom', path: ['email'], message: 'inquiries.error.askEmail' });
  });
export type AskInput = z.output<typeof askFormSchema>;

/** A topic's name on the managed list (add and rename). `centerId` empty: a national topic. */
export const topicFormSchema = z.object({
  name: requiredText(80),
  centerId: optionalId,
});
export type TopicInput = z.output<typeof topicFormSchema>;

export const inquirySorts = ['received', 'status', 'channel', 'point', 'staff', 'followUp'] as const;
export type InquirySort = (typeof inquirySorts)[number];

const idChoice = z.guid().optional().catch(undefined);
const dayChoice = z.string().refine(isCalendarDay).optional().catch(undefined);

/** The staff list's filters from the query string; bad values are dropped, never rejected. */
export const inquiryFilterSchema = z.object({
  q: searchText(100),
  channel: optionalChoice(inquiryChannels),
  status: optionalChoice(inquiryStatuses),
  topic: idChoice,
  center: idChoice,
  point: z
    .union([z.literal('none'), z.guid()])
    .optional()
    .catch(undefined),
  staff: idChoice,
  from: dayChoice,
  to: dayChoice,
  due: z.literal('1').optional().catch(undefined),
});
export type InquiryFilterInput = z.output<typeof inquiryFilterSchema>;

/** The statistics' year (a typo is a field error, as on the reports page) and optional center and point. */
export const statsQuerySchema = z.object({
  year: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(/^\d{4}$/, 'inquiries.error.year')
      .transform(Number)
      .refine((y) => y >= 2000 && y <= 2100, 'inquiries.error.year')
      .optional(),
  ),
  center: idChoice,
  point: idChoice,
});

export function inquiryIdParam(params: unknown): string {
  return uuidParam(params, 'inquiryId');
}

export function topicIdParam(params: unknown): string {
  return uuidParam(params, 'topicId');
}
