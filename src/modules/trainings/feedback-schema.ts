import { z } from 'zod';
import { optionalText } from '../../platform/form-fields.js';

/** The three 1–5 scales of the feedback form. */
export const feedbackScales = ['contentRating', 'trainerRating', 'usefulnessRating'] as const;
export type FeedbackScale = (typeof feedbackScales)[number];
export const ratingValues = ['1', '2', '3', '4', '5'] as const;

const rating = z.enum(ratingValues, 'trainingAttendance.error.rating').transform(Number);

/** The feedback form: each scale chosen (a radio group), the comment optional. */
export const feedbackFormSchema = z.object({
  contentRating: rating,
  trainerRating: rating,
  usefulnessRating: rating,
  comment: optionalText(2000),
});
export type FeedbackInput = z.output<typeof feedbackFormSchema>;

/** How the staff's summary groups the feedback. */
export const feedbackGroupings = ['course', 'trainer'] as const;
export type FeedbackGrouping = (typeof feedbackGroupings)[number];

export const feedbackSummarySorts = ['name', 'count', 'content', 'trainer', 'usefulness'] as const;
export type FeedbackSummarySort = (typeof feedbackSummarySorts)[number];

/** `/trainings/feedback?by=`: never rejected, anything else reads as "by course". */
export const feedbackGroupingOf = (query: unknown) =>
  z
    .enum(feedbackGroupings)
    .catch('course')
    .parse((query as Record<string, unknown> | undefined)?.by);

/** `/trainings/feedback/comments?courseId=&trainer=`: filters that narrow the comments; bad values read as none. */
export const commentFilterSchema = z.object({
  courseId: z.guid().optional().catch(undefined),
  trainer: z
    .string()
    .trim()
    .max(200)
    .optional()
    .catch(undefined)
    .transform((v) => v || undefined),
});
export type CommentFilter = z.output<typeof commentFilterSchema>;
