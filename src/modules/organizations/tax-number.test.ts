import { describe, expect, it } from 'vitest';
import { isValidTaxNumber, normaliseTaxNumber } from './tax-number.js';

describe('Hungarian tax number (adószám)', () => {
  it('accepts real-looking numbers and stores the hyphenated form', () => {
    expect(normaliseTaxNumber('10773381-2-44')).toBe('10773381-2-44');
    expect(normaliseTaxNumber('10625790-4-44')).toBe('10625790-4-44');
    expect(normaliseTaxNumber(' 18000000 1 03 '.replace(/ /g, ''))).toBe(null);
    expect(normaliseTaxNumber('10773381244')).toBe('10773381-2-44');
    expect(normaliseTaxNumber('10773381 - 2 - 44')).toBe('10773381-2-44');
  });

  it('refuses a wrong check digit', () => {
    expect(normaliseTaxNumber('10773382-2-44')).toBeNull();
    expect(isValidTaxNumber('10625791-4-44')).toBe(false);
  });

  it('refuses a VAT code outside 1–5 and an unknown regional code', () => {
    expect(normaliseTaxNumber('10773381-6-44')).toBeNull();
    expect(normaliseTaxNumber('10773381-0-44')).toBeNull();
    expect(normaliseTaxNumber('10773381-2-21')).toBeNull();
    expect(normaliseTaxNumber('10773381-2-01')).toBeNull();
    expect(normaliseTaxNumber('10773381-2-03')).toBe('10773381-2-03');
    expect(normaliseTaxNumber('10773381-2-51')).toBe('10773381-2-51');
  });

  it('refuses other shapes', () => {
    for (const bad of ['', '1077338-2-44', '10773381-2-4', '1077-3381-2-44', 'abcdefgh-1-12', '10773381-22-44']) {
      expect(normaliseTaxNumber(bad), bad).toBeNull();
    }
  });
});
