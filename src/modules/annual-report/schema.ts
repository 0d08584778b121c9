import { z } from 'zod';

/** The earliest year a report may be asked for; the latest is the current year. */
export const firstAnnualReportYear = 2000;

/** The request form: the center (when the reader sees several) and the year. */
export function requestFormSchema(currentYear: number) {
  return z.object({
    center: z.guid('validation.choice').optional(),
    year: z
      .string()
      .trim()
      .regex(/^\d{4}$/, 'annualReport.yearInvalid')
      .transform(Number)
      .refine((y) => y >= firstAnnualReportYear && y <= currentYear, 'annualReport.yearInvalid'),
  });
}

/** `?center=` of the list page: anything but a UUID reads as no choice. */
export const listQuerySchema = z.object({ center: z.guid().optional().catch(undefined) });

/** The :annualReportId path parameter: a positive whole number, else no report (404). */
export const reportIdSchema = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);
