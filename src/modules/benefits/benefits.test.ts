import { describe, expect, it } from 'vitest';
import { seededMinimumWages } from '../volunteer-law/legal-data-test-support.js';
import { formatFt } from './amount-text.js';
import { rewardCapStatus } from './cap-status.js';
import { amountHuf, recordBenefitFormSchema } from './schema.js';

describe('formatFt', () => {
  it('writes whole forints with no-break spaces: "12 500 Ft", "58 160 Ft", "0 Ft"', () => {
    expect(formatFt(12_500)).toBe('12\u00a0500\u00a0Ft');
    expect(formatFt(58_160)).toBe('58\u00a0160\u00a0Ft');
    expect(formatFt(1_234_567)).toBe('1\u00a0234\u00a0567\u00a0Ft');
    expect(formatFt(0)).toBe('0\u00a0Ft');
  });
});

describe('amount field', () => {
  const parse = (v: string) => amountHuf.safeParse(v);
  const messageOf = (v: string) => {
    const r = parse(v);
    return r.success ? null : r.error.issues[0]?.message;
  };
  it('accepts whole forints, with spaces as thousands separators and a trailing "Ft"', () => {
    expect(parse('12500').data).toBe(12_500);
    expect(parse('12 500').data).toBe(12_500);
    expect(parse('12\u00a0500 Ft').data).toBe(12_500);
    expect(parse('0').data).toBe(0);
    expect(parse('10000000').data).toBe(10_000_000);
  });
  it('refuses negative, fractional, non-numeric and huge amounts, each with its own message', () => {
    expect(messageOf('-100')).toBe('benefits.error.amountNegative');
    expect(messageOf('100,5')).toBe('benefits.error.amountWhole');
    expect(messageOf('100.50')).toBe('benefits.error.amountWhole');
    expect(messageOf('1e5')).toBe('benefits.error.amountNumber');
    expect(messageOf('tízezer')).toBe('benefits.error.amountNumber');
    expect(messageOf('10000001')).toBe('benefits.error.amountTooLarge');
    expect(messageOf('99999999999999999999')).toBe('benefits.error.amountTooLarge');
    expect(messageOf('')).toBe('validation.required');
  });
});

describe('record form', () => {
  const schema = recordBenefitFormSchema('2025-06-30');
  it('a reward cannot be marked as a reimbursement', () => {
    const r = schema.safeParse({ type: 'reward', givenOn: '2025-06-01', amount: '5000', reimbursement: 'on' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['reimbursement']);
  });
  it('refuses a future day and an unknown type', () => {
    expect(schema.safeParse({ type: 'travel', givenOn: '2025-07-01', amount: '100' }).success).toBe(false);
    expect(schema.safeParse({ type: 'bonus', givenOn: '2025-06-01', amount: '100' }).success).toBe(false);
  });
  it('gives the amount as amountHuf and the checkbox as a boolean', () => {
    const r = schema.parse({ type: 'travel', givenOn: '2025-06-01', amount: '2 500', reimbursement: 'on', description: ' Vonatjegy ' });
    expect(r).toEqual({ type: 'travel', givenOn: '2025-06-01', amountHuf: 2_500, reimbursement: true, description: 'Vonatjegy' });
  });
});

describe('rewardCapStatus (2025: 290 800 Ft × 20 % = 58 160 Ft)', () => {
  it('counts every organization’s rewards but keeps the others as one sum', () => {
    const s = rewardCapStatus(
      {
        onDay: '2025-05-01',
        rewards: [
          { amountHuf: 20_000, own: true },
          { amountHuf: 30_000, own: false },
        ],
        proposedFt: 8_160,
      },
      seededMinimumWages,
    );
    expect(s).toMatchObject({ capFt: 58_160, usedFt: 50_000, ownFt: 20_000, othersFt: 30_000, remainingFt: 8_160, wouldExceed: false });
    expect(rewardCapStatus({ onDay: '2025-05-01', rewards: [{ amountHuf: 50_000, own: false }], proposedFt: 8_161 }, seededMinimumWages)?.wouldExceed).toBe(
      true,
    );
  });
  it('is near the cap from 80 % (46 528 Ft), and unknown before the first configured amount', () => {
    expect(rewardCapStatus({ onDay: '2025-05-01', rewards: [{ amountHuf: 46_527, own: true }] }, seededMinimumWages)?.nearCap).toBe(false);
    expect(rewardCapStatus({ onDay: '2025-05-01', rewards: [{ amountHuf: 46_528, own: true }] }, seededMinimumWages)?.nearCap).toBe(true);
    expect(rewardCapStatus({ onDay: '2024-12-31', rewards: [] }, seededMinimumWages)).toBeNull();
  });
});
