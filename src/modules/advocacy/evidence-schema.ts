import { z } from 'zod';

/** The areas an evidence pack can cover (issue 15): one settlement, a district (járás) or a county. */
export const evidenceAreaKinds = ['settlement', 'district', 'county'] as const;
export type EvidenceAreaKind = (typeof evidenceAreaKinds)[number];

/** What the evidence pack can be downloaded as besides the page. */
export const evidenceFormats = ['pdf', 'xlsx', 'csv'] as const;
export type EvidenceFormat = (typeof evidenceFormats)[number];

const firstYear = 2000;
const lastYear = 2100;
const optionalText = (max: number) => z.string().trim().max(max).optional();

/**
 * `GET /advocacy/evidence?area=…&place=…|district=…|county=…&cause=…&year=…`: the area's own field
 * is required; the place is resolved, and the district, county and cause checked against their
 * lists, by the service (they are shown as field errors too).
 */
export const evidenceQuerySchema = z
  .object({
    area: z.enum(evidenceAreaKinds, 'advocacy.evidence.error.area'),
    place: optionalText(120),
    district: optionalText(120),
    county: optionalText(120),
    cause: optionalText(80),
    year: z
      .string()
      .trim()
      .regex(/^\d{4}$/, 'advocacy.evidence.error.year')
      .transform(Number)
      .refine((y) => y >= firstYear && y <= lastYear, 'advocacy.evidence.error.year')
      .optional(),
    format: z.enum(evidenceFormats).optional(),
  })
  .superRefine((q, ctx) => {
    const wanted = { settlement: 'place', district: 'district', county: 'county' } as const;
    const field = wanted[q.area];
    if (!q[field]) ctx.addIssue({ code: 'custom', path: [field], message: `advocacy.evidence.error.${field}` });
  });

export type EvidenceQuery = z.output<typeof evidenceQuerySchema>;
