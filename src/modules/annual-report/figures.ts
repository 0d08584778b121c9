import type { Queryable } from '../../db/database.js';
import { budapestDayStart } from '../../platform/budapest-time.js';
import { compareHungarian } from '../../platform/hungarian-sort-key.js';
import { type AgeGroup, ageGroups } from '../statistics/approved-hours-repo.js';
import { type CauseHours, centerFigures, type MonthHours } from '../statistics/center-figures.js';
import type { EconomicValue } from '../statistics/economic-value.js';
import type { Funnel } from '../statistics/funnel-repo.js';
import { type Shown, suppressedCount, suppressedWith } from '../statistics/small-numbers.js';
import {
  type ActionKindFigures,
  type ActionWithOutcome,
  actionsWithOutcome,
  advocacyByKind,
  articlesPublished,
  type Counted,
  type CourseFigures,
  inquiriesByChannel,
  inquiriesByTopic,
  pointsActivated,
  pointsByStatus,
  promotionCounts,
  stakeholderCount,
  topOpportunities,
  trainingsHeld,
  type YearWindow,
} from './figures-repo.js';

/**
 * The annual report's content for one center and year, section by section. A section is undefined
 * when it has nothing to say that year (the report leaves it out). The report leaves the center
 * (the board, the municipality, funders), so counts of people below five are shown as "< 5"
 * with the hours that belong to them (statistics/small-numbers.ts).
 */
export type BrokeringSection = {
  minutes: Shown;
  volunteers: Shown;
  organizations: number;
  placements: number;
  funnel: Funnel;
  byMonth: MonthHours[];
  byCause: (CauseHours & { shownMinutes: Shown; shownVolunteers: Shown })[];
  ages: { group: AgeGroup; volunteers: Shown }[];
};
export type InformationSection = { byChannel: Counted[]; byTopic: Counted[]; articles: { title: string; publishedAt: Date }[] };
export type TrainingsSection = { courses: CourseFigures[]; sessions: number; completed: number };
export type PromotionSection = { opportunitiesPublished: number; organizationsApproved: number };
export type AdvocacySection = { byKind: ActionKindFigures[]; actions: number; withOutcome: number; stakeholders: number };
export type PointsSection = { byStatus: Counted[]; activated: { name: string; on: string }[] };
/**
 * "Top stories" as this report reads the issue: the year's five opportunities with the most approved
 * hours (what volunteers gave most to), and the advocacy actions whose outcome was recorded (what the
 * center achieved). Both are facts already in the system; no story is written by hand.
 */
export type TopStoriesSection = {
  opportunities: { title: string; organization: string; volunteers: Shown; minutes: Shown }[];
  actions: ActionWithOutcome[];
};

export type AnnualReportContent = {
  centerName: string;
  year: number;
  brokering?: BrokeringSection;
  economicValue?: EconomicValue & { valueFt: number };
  information?: InformationSection;
  trainings?: TrainingsSection;
  promotion?: PromotionSection;
  advocacy?: AdvocacySection;
  points?: PointsSection;
  topStories?: TopStoriesSection;
};

/** The steps the job takes, in order; the list page shows the one being made. */
export const reportSteps = ['brokering', 'information', 'trainings', 'promotion', 'advocacy', 'points', 'topStories', 'pdf', 'xlsx'] as const;
export type ReportStep = (typeof reportSteps)[number];
export type FigureStep = Exclude<ReportStep, 'pdf' | 'xlsx'>;

export function yearWindowOf(centerId: string, year: number): YearWindow {
  return { centerId, year, start: budapestDayStart(`${year}-01-01`), end: budapestDayStart(`${year + 1}-01-01`) };
}

const byName = <T extends { key: string }>(rows: T[]) => rows.sort((a, b) => compareHungarian(a.key, b.key));

/** Brokering and, with it, the economic value of the approved hours (one read of the statistics layer). */
async function brokeringStep(db: Queryable, w: YearWindow, content: AnnualReportContent): Promise<void> {
  const to = `${w.year}-12-31`;
  const figures = await centerFigures(db, { centerIds: [w.centerId], from: `${w.year}-01-01`, to }, { today: to });
  if (figures.totals.minutes === 0) return;
  const people = figures.totals.volunteers;
  content.brokering = {
    minutes: suppressedWith(people, figures.totals.minutes),
    volunteers: suppressedCount(people),
    organizations: figures.totals.organizations,
    placements: figures.totals.placements,
    funnel: figures.funnel,
    byMonth: figures.byMonth,
    byCause: figures.byCause
      .filter((c) => c.minutes > 0)
      .map((c) => ({ ...c, shownMinutes: suppressedWith(c.volunteers, c.minutes), shownVolunteers: suppressedCount(c.volunteers) })),
    ages: ageGroups.map((group) => ({ group, volunteers: suppressedCount(figures.ages[group]) })).filter((a) => a.volunteers.value !== 0),
  };
  // The value belongs to all the year's volunteers: hidden with them when they are fewer than five.
  const valueFt = figures.value.valueFt;
  if (valueFt !== null && !suppressedCount(people).suppressed) content.economicValue = { ...figures.value, valueFt };
}

async function informationStep(db: Queryable, w: YearWindow, content: AnnualReportContent): Promise<void> {
  const [byChannel, byTopic, articles] = await Promise.all([inquiriesByChannel(db, w), inquiriesByTopic(db, w), articlesPublished(db, w)]);
  if (byChannel.length === 0 && articles.length === 0) return;
  content.information = { byChannel: byChannel.sort((a, b) => b.count - a.count), byTopic: byName(byTopic), articles };
}

async function trainingsStep(db: Queryable, w: YearWindow, content: AnnualReportContent, now: Date): Promise<void> {
  const courses = (await trainingsHeld(db, w, now)).sort((a, b) => compareHungarian(a.title, b.title));
  if (courses.length === 0) return;
  const sum = (pick: (c: CourseFigures) => number) => courses.reduce((a, c) => a + pick(c), 0);
  content.trainings = { courses, sessions: sum((c) => c.sessions), completed: sum((c) => c.completed) };
}

async function promotionStep(db: Queryable, w: YearWindow, content: AnnualReportContent): Promise<void> {
  const counts = await promotionCounts(db, w);
  if (counts.opportunitiesPublished + counts.organizationsApproved > 0) content.promotion = counts;
}

async function advocacyStep(db: Queryable, w: YearWindow, content: AnnualReportContent): Promise<void> {
  const byKind = await advocacyByKind(db, w);
  if (byKind.length === 0) return;
  const sum = (pick: (k: ActionKindFigures) => number) => byKind.reduce((a, k) => a + pick(k), 0);
  content.advocacy = {
    byKind: byKind.sort((a, b) => b.actions - a.actions || a.kind.localeCompare(b.kind)),
    actions: sum((k) => k.actions),
    withOutcome: sum((k) => k.withOutcome),
    stakeholders: await stakeholderCount(db, w),
  };
}

const pointStatusOrder = ['active', 'setting_up', 'agreement', 'candidate', 'paused', 'closed'];

async function pointsStep(db: Queryable, w: YearWindow, content: AnnualReportContent): Promise<void> {
  const [byStatus, activated] = await Promise.all([pointsByStatus(db, w), pointsActivated(db, w)]);
  if (byStatus.length === 0) return;
  content.points = { byStatus: byStatus.sort((a, b) => pointStatusOrder.indexOf(a.key) - pointStatusOrder.indexOf(b.key)), activated };
}

async function topStoriesStep(db: Queryable, w: YearWindow, content: AnnualReportContent): Promise<void> {
  const [opportunities, actions] = await Promise.all([topOpportunities(db, w, 5), actionsWithOutcome(db, w, 10)]);
  if (opportunities.length === 0 && actions.length === 0) return;
  content.topStories = {
    opportunities: opportunities.map((o) => ({
      title: o.title,
      organization: o.organization,
      volunteers: suppressedCount(o.volunteers),
      minutes: suppressedWith(o.volunteers, o.minutes),
    })),
    actions,
  };
}

/** Runs one figure step, filling its section of `content` (or leaving it out). */
export function runFigureStep(db: Queryable, step: FigureStep, w: YearWindow, content: AnnualReportContent, now: Date): Promise<void> {
  switch (step) {
    case 'brokering':
      return brokeringStep(db, w, content);
    case 'information':
      return informationStep(db, w, content);
    case 'trainings':
      return trainingsStep(db, w, content, now);
    case 'promotion':
      return promotionStep(db, w, content);
    case 'advocacy':
      return advocacyStep(db, w, content);
    case 'points':
      return pointsStep(db, w, content);
    case 'topStories':
      return topStoriesStep(db, w, content);
  }
}
