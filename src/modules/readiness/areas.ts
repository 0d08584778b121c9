/**
 * The areas of a host organization's readiness self-assessment (issue 14): a named volunteer
 * coordinator, induction (felkészítés), insurance, contract practice (Köt. 6. §), the register of
 * volunteers (Köt. 14. §), supervision (mentorálás) and recognition (elismerés). Courses name the
 * areas they remedy in `training_courses.readiness_areas`; the order here is the form's order.
 */
export const readinessAreas = ['coordinator', 'induction', 'insurance', 'contract', 'register', 'supervision', 'recognition'] as const;
export type ReadinessArea = (typeof readinessAreas)[number];

/** How far an area is in place: the organization's own answer. */
export const readinessAnswers = ['yes', 'partly', 'no'] as const;
export type ReadinessAnswer = (typeof readinessAnswers)[number];

export function isReadinessArea(value: unknown): value is ReadinessArea {
  return typeof value === 'string' && (readinessAreas as readonly string[]).includes(value);
}

export function isReadinessAnswer(value: unknown): value is ReadinessAnswer {
  return typeof value === 'string' && (readinessAnswers as readonly string[]).includes(value);
}
