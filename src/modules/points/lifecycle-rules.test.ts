import { describe, expect, it } from 'vitest';
import { allowedTransitions, isAllowedTransition, missingSetupItems, pointStatuses, setupItems, transitionRefusal } from './lifecycle-rules.js';

const allDone = new Map(setupItems.map((i) => [i, '2026-01-05'] as [string, string]));

describe('point life cycle rules', () => {
  it('allows only the forward steps, pausing and closing', () => {
    expect(allowedTransitions('candidate')).toEqual(['agreement', 'closed']);
    expect(allowedTransitions('agreement')).toEqual(['setting_up', 'closed']);
    expect(allowedTransitions('setting_up')).toEqual(['active', 'closed']);
    expect(allowedTransitions('active')).toEqual(['paused', 'closed']);
    expect(allowedTransitions('paused')).toEqual(['active', 'closed']);
    expect(allowedTransitions('closed')).toEqual([]);
  });

  it('refuses skipping, going back and leaving closed', () => {
    expect(isAllowedTransition('candidate', 'active')).toBe(false);
    expect(isAllowedTransition('setting_up', 'agreement')).toBe(false);
    for (const s of pointStatuses) expect(isAllowedTransition('closed', s)).toBe(false);
    for (const s of pointStatuses.filter((x) => x !== 'closed')) expect(isAllowedTransition(s, 'closed')).toBe(true);
  });

  it('activates a point being set up only with the whole checklist done', () => {
    const partial = new Map<string, string | null>([
      ['coordinator_trained', '2026-01-05'],
      ['place', null],
      ['opening_hours', '2026-01-06'],
    ]);
    expect(missingSetupItems(partial)).toEqual(['place', 'first_organizations']);
    expect(transitionRefusal('setting_up', 'active', partial)).toBe('checklistIncomplete');
    expect(transitionRefusal('setting_up', 'active', allDone)).toBeNull();
    expect(transitionRefusal('paused', 'active', new Map())).toBeNull();
    expect(transitionRefusal('candidate', 'active', allDone)).toBe('notAllowed');
  });
});
