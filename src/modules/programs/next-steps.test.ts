import { describe, expect, it } from 'vitest';
import { nextStepsOf } from './next-steps.js';

const program = (over: Partial<{ status: string; kind: string; inductionQualification: string | null }> = {}) => ({
  status: 'published',
  kind: 'other',
  inductionQualification: null,
  ...over,
});

describe('a program dashboard’s next steps', () => {
  it.each([
    ['an empty draft', program({ status: 'draft' }), { opportunities: 0, publishedOpportunities: 0 }, 0, ['addOpportunities', 'addPartners', 'publish']],
    ['a published program with published opportunities and partners', program(), { opportunities: 2, publishedOpportunities: 1 }, 1, []],
    ['opportunities none of which is published', program(), { opportunities: 2, publishedOpportunities: 0 }, 1, ['publishOpportunities']],
    ['a hospital program without its induction', program({ kind: 'hospital' }), { opportunities: 1, publishedOpportunities: 1 }, 1, ['chooseInduction']],
    [
      'a hospital program with its induction',
      program({ kind: 'hospital', inductionQualification: 'Bevezető' }),
      { opportunities: 1, publishedOpportunities: 1 },
      1,
      [],
    ],
    ['a closed program', program({ status: 'closed' }), { opportunities: 0, publishedOpportunities: 0 }, 0, []],
  ] as const)('%s', (_name, p, figures, partners, expected) => {
    expect(nextStepsOf(p, figures, partners)).toEqual(expected);
  });
});
