import { describe, expect, it } from 'vitest';
import { en, hu } from '../../i18n/volunteer-law.js';
import { contractFormRules, mandatoryContractContent } from './contract-requirement.js';
import { minorTimeRules } from './minor-time-limits.js';

/** Every rule code has a message in both languages, citing its section, with the placeholders its params fill. */
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const keys = [
  ...minorTimeRules.map((r) => ({ key: `law.minor.${r.code}`, section: r.section })),
  ...contractFormRules.map((r) => ({ key: `law.contract.${r.code}`, section: r.section })),
];

describe('volunteer-law messages', () => {
  it.each(keys)('$key names $section in hu and en with the same placeholders', ({ key, section }) => {
    const huText = (hu as Record<string, string>)[key];
    const enText = (en as Record<string, string>)[key];
    expect(huText).toContain(`(${section}`);
    expect(enText).toContain(`(${section}`);
    expect(placeholders(enText as string)).toEqual(placeholders(huText as string));
  });

  it('has a text for each item of the mandatory content', () => {
    for (const item of mandatoryContractContent) expect(Object.keys(hu)).toContain(`law.content.${item.code}`);
  });
});
