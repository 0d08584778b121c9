import { describe, expect, it } from 'vitest';
import { asciiFileName, formatDayHu, formatHoursHu, holderInitials } from './certificate-text.js';
import { formatVerificationCode, newVerificationCode, normalizeVerificationCode } from './verification-code.js';

describe('certificate text', () => {
  it('writes hours the Hungarian way', () => {
    expect(formatHoursHu(750)).toBe('12 óra 30 perc');
    expect(formatHoursHu(120)).toBe('2 óra');
    expect(formatHoursHu(45)).toBe('45 perc');
  });

  it('gives initials family name first, with Hungarian digraphs as one letter', () => {
    expect(holderInitials('Kovács', 'Anna')).toBe('K. A.');
    expect(holderInitials('Szabó', 'Zsófia Éva')).toBe('Sz. Zs. É.');
    expect(holderInitials('Nagy-Gyárfás', 'Őze')).toBe('N. Gy. Ő.');
  });

  it('formats days and file names', () => {
    expect(formatDayHu('2026-11-25')).toBe('2026. 11. 25.');
    expect(asciiFileName('Igazolás – Kovács Őze')).toBe('igazolas-kovacs-oze');
  });
});

describe('verification codes', () => {
  it('are 12 Crockford base32 characters, shown in groups of four', () => {
    const code = newVerificationCode();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
    expect(formatVerificationCode('ABCDEFGHJKMN')).toBe('ABCD-EFGH-JKMN');
    expect(new Set(Array.from({ length: 200 }, newVerificationCode)).size).toBe(200);
  });

  it('read typed input case-insensitively, with or without dashes, look-alikes as digits', () => {
    expect(normalizeVerificationCode('abcd-efgh-jkmn')).toBe('ABCDEFGHJKMN');
    expect(normalizeVerificationCode(' ABCD EFGH JKMN ')).toBe('ABCDEFGHJKMN');
    expect(normalizeVerificationCode('OOOO-IIII-LLLL')).toBe('000011111111');
    expect(normalizeVerificationCode('ABCD-EFGH-JKMU')).toBeNull();
    expect(normalizeVerificationCode('short')).toBeNull();
  });
});
