import type { ProgramFigures } from './dashboard-repo.js';

/** What a program's dashboard suggests doing next, most pressing first. */
export type ProgramNextStep = 'addOpportunities' | 'publish' | 'addPartners' | 'chooseInduction' | 'publishOpportunities';

export function nextStepsOf(
  program: { status: string; kind: string; inductionQualification: string | null },
  figures: Pick<ProgramFigures, 'opportunities' | 'publishedOpportunities'>,
  partnerCount: number,
): ProgramNextStep[] {
  if (program.status === 'closed') return [];
  const steps: ProgramNextStep[] = [];
  if (program.kind === 'hospital' && !program.inductionQualification) steps.push('chooseInduction');
  if (figures.opportunities === 0) steps.push('addOpportunities');
  else if (figures.publishedOpportunities === 0) steps.push('publishOpportunities');
  if (partnerCount === 0) steps.push('addPartners');
  if (program.status === 'draft') steps.push('publish');
  return steps;
}
