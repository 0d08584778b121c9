import { z } from 'zod';

/** The earliest and latest year a report may be asked for (a typo like 20266 is a field error). */
export const firstReportYear = 2000;
export const lastReportYear = 2100;

/** `?year=2026` of the report page; without it, the current year. */
export const reportQuerySchema = z.object({
  year: z
    .string()
    .trim()
    .regex(/^\d{4}$/, 'reports.year.invalid')
    .transform(Number)
    .refine((y) => y >= firstReportYear && y <= lastReportYear, 'reports.year.invalid')
    .optional(),
});
