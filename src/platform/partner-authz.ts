import { type Actor, can, type Permission } from './authz.js';

/**
 * Schools and companies (issue 16, ADR 025): partners of thematic programs, acting through their
 * members like organizations do (authz.ts decides roles, tenants and organizations). Modules load the
 * facts (the tenant, the actor's membership); the decisions are made here.
 */

/** The roles a member holds in a school (school_members.role). */
export const schoolMemberRoles = ['coordinator', 'class_teacher'] as const;
export type SchoolMemberRole = (typeof schoolMemberRoles)[number];

/** One school as a decision needs it: its center, the actor's membership role (null: none) and, for a class teacher, their classes. */
export type SchoolFacts = { centerId: string; membership: string | null; classNames: readonly string[] };

type PartnerRule = { members: readonly string[]; staff: Permission | null };

export const schoolActions = {
  /** See the school's students, their logs and progress: its coordinator, its class teachers (their classes only, see `schoolClassesVisibleTo`), the center's program staff. */
  view: { members: ['coordinator', 'class_teacher'], staff: 'programs.manage' },
  /**
   * The school's IKSZ administration: enrol students, record exemptions and guardians' agreements,
   * set caps, sign cooperation agreements, log preparation and closing hours, accept certified
   * occasions, export, issue transfer certificates. Its coordinator only.
   */
  manage: { members: ['coordinator'], staff: null },
  /** Create the school and appoint its coordinator and class teachers: the center's program staff (and the coordinator appoints class teachers). */
  setUp: { members: ['coordinator'], staff: 'programs.manage' },
} as const satisfies Record<string, PartnerRule>;
export type SchoolAction = keyof typeof schoolActions;

/** True when the actor may take the action for the school (see schoolActions). */
export function mayActForSchool(actor: Actor | null, action: SchoolAction, school: SchoolFacts): boolean {
  if (!actor) return false;
  const rule: PartnerRule = schoolActions[action];
  if (school.membership != null && rule.members.includes(school.membership)) return true;
  return rule.staff != null && can(actor, rule.staff, { centerId: school.centerId });
}

/** The classes whose students the actor sees in the school: 'all' (coordinator, program staff), a class teacher's classes, or none. */
export function schoolClassesVisibleTo(actor: Actor | null, school: SchoolFacts): 'all' | readonly string[] {
  if (!actor) return [];
  if (school.membership === 'coordinator' || can(actor, 'programs.manage', { centerId: school.centerId })) return 'all';
  if (school.membership === 'class_teacher') return school.classNames;
  return [];
}

/** One company as a decision needs it: its center and the actor's membership role (null: none). */
export type CompanyFacts = { centerId: string; membership: string | null };

export const companyActions = {
  /** See the company's teams, team days, dashboard and impact report: its coordinators and the center's program staff. */
  view: { members: ['coordinator'], staff: 'programs.manage' },
  /** Invite employees, form teams, sign teams up for team days, write skills offers: its coordinators. */
  manage: { members: ['coordinator'], staff: null },
  /** Create the company and appoint its coordinators: the center's program staff. */
  setUp: { members: [], staff: 'programs.manage' },
} as const satisfies Record<string, PartnerRule>;
export type CompanyAction = keyof typeof companyActions;

/** True when the actor may take the action for the company (see companyActions). */
export function mayActForCompany(actor: Actor | null, action: CompanyAction, company: CompanyFacts): boolean {
  if (!actor) return false;
  const rule: PartnerRule = companyActions[action];
  if (company.membership != null && rule.members.includes(company.membership)) return true;
  return rule.staff != null && can(actor, rule.staff, { centerId: company.centerId });
}
