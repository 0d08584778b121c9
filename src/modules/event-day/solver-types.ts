import type { EligibilityCode, EligibilityVolunteer } from '../volunteer-law/eligibility.js';

/** A task in one time slot (an `event_day_tasks` row) as the solver sees it. */
export type SolverTask = {
  id: string;
  name: string;
  startsAt: Date;
  endsAt: Date;
  capacity: number;
  /** Seats filled first (the first objective), ≤ capacity. */
  requiredSeats: number;
  requiredQualifications: readonly string[];
  minAge: number | null;
};

/** A volunteer of the event day with what the hard rules need and their preferences. */
export type SolverVolunteer = Pick<EligibilityVolunteer, 'birthDate' | 'guardianConsentAt' | 'qualifications'> & {
  id: string;
  /** Task names, most wanted first. */
  rankedTasks: readonly string[];
  availableFrom: Date | null;
  availableUntil: Date | null;
  friendId: string | null;
  /** At most this many task-slots, never overlapping in time. */
  maxSlots: number;
};

export type SolverPin = { volunteerId: string; taskId: string };

export type SolverInput = {
  tasks: readonly SolverTask[];
  volunteers: readonly SolverVolunteer[];
  pins?: readonly SolverPin[];
  /** Stop the exact search for multi-slot conflicts after this many milliseconds (default 1,500) and keep the best feasible result. */
  budgetMs?: number;
};

/** A hard rule that kept a volunteer from a task-slot: an eligibility code of volunteer-law, or one of the event day's own. */
export type PairRuleCode = EligibilityCode | 'not_available' | 'overlap' | 'max_slots' | 'minor_day_hours' | 'task_full' | 'unknown';
export type PairRule = { code: PairRuleCode; params?: Record<string, string | number> };

/** Why an assignment was made (stored in `event_day_assignments.reason`, shown in Hungarian). */
export type AssignmentReason = {
  kind: 'assigned';
  /** The rank the task had in the volunteer's list (1 = most wanted), null when not ranked. */
  rank: number | null;
  /** The seat is one of the task-slot's required seats. */
  requiredSeat: boolean;
  /** The volunteer's friend (or a volunteer who named them) has the same task-slot. */
  friendTogether: boolean;
  pinned: boolean;
};

/** Why a volunteer got no task-slot. */
export type UnassignedReason =
  | { kind: 'unassigned'; code: 'not_available' }
  | { kind: 'unassigned'; code: 'not_eligible'; rules: PairRule[] }
  | { kind: 'unassigned'; code: 'seats_taken'; wanted: string[] }
  | { kind: 'unassigned'; code: 'no_tasks' };

export type SolverAssignment = { volunteerId: string; taskId: string; pinned: boolean; reason: AssignmentReason; score: number };

/** The lexicographic objective (ADR 026): required seats, then preference points, then seats; friends as a bonus. */
export type Objective = { requiredFilled: number; preference: number; filled: number; friendsTogether: number };

export type SolverResult = {
  assignments: SolverAssignment[];
  unassigned: { volunteerId: string; reason: UnassignedReason }[];
  /** Pins that a hard rule or a full task-slot no longer allows, with the rule. */
  droppedPins: { volunteerId: string; taskId: string; rule: PairRule }[];
  objective: Objective;
  /** True when the result is proven optimal for the objective (always, unless multi-slot conflicts ran out of budget). */
  optimal: boolean;
  ms: number;
};
