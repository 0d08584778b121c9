/**
 * The rules of a Volunteer Point's life (issue 15), without the database: which step may follow
 * which, and when the setting-up checklist is complete enough to activate the point.
 */
export const pointStatuses = ['candidate', 'agreement', 'setting_up', 'active', 'paused', 'closed'] as const;
export type PointStatus = (typeof pointStatuses)[number];

export const setupItems = ['coordinator_trained', 'place', 'opening_hours', 'first_organizations'] as const;
export type SetupItem = (typeof setupItems)[number];

export const hostKinds = ['library', 'community_house', 'school', 'ngo', 'municipality', 'other'] as const;
export type HostKind = (typeof hostKinds)[number];

/** The forward steps; closing is allowed from every status but `closed` itself (final). */
const nextSteps: Record<PointStatus, readonly PointStatus[]> = {
  candidate: ['agreement'],
  agreement: ['setting_up'],
  setting_up: ['active'],
  active: ['paused'],
  paused: ['active'],
  closed: [],
};

/** The statuses a point may move to from `from`, in the order offered on its page. */
export function allowedTransitions(from: PointStatus): PointStatus[] {
  if (from === 'closed') return [];
  return [...nextSteps[from], 'closed'];
}

export function isAllowedTransition(from: PointStatus, to: PointStatus): boolean {
  return allowedTransitions(from).includes(to);
}

/** The checklist items not yet done (an item is done when it has a day). */
export function missingSetupItems(done: ReadonlyMap<string, string | null>): SetupItem[] {
  return setupItems.filter((item) => !done.get(item));
}

/**
 * Why the step cannot be taken, or null when it can: a step not in the life cycle, or activating a
 * point being set up before every checklist item is done (re-activating a paused point needs none).
 */
export function transitionRefusal(from: PointStatus, to: PointStatus, done: ReadonlyMap<string, string | null>): 'notAllowed' | 'checklistIncomplete' | null {
  if (!isAllowedTransition(from, to)) return 'notAllowed';
  if (from === 'setting_up' && to === 'active' && missingSetupItems(done).length > 0) return 'checklistIncomplete';
  return null;
}
