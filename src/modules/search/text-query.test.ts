import { describe, expect, it } from 'vitest';
import { prefixTsQuery, searchTerms } from './text-query.js';

describe('prefixTsQuery', () => {
  it('makes every word a prefix term joined by AND', () => {
    expect(prefixTsQuery('onkentes kornyezet')).toBe('onkentes:* & kornyezet:*');
  });

  it('keeps Hungarian letters and lower-cases them (the database strips the accents)', () => {
    expect(prefixTsQuery('Önkéntes KÖRNYEZETVÉDELMI')).toBe('önkéntes:* & környezetvédelmi:*');
  });

  it('drops every tsquery operator, so typed syntax can never change the query', () => {
    expect(prefixTsQuery("kutya & !macska | (ló):* <-> 'x'")).toBe('kutya:* & macska:* & ló:*');
    expect(prefixTsQuery('<script>alert(1)</script>')).toBe('script:* & alert:*');
  });

  it('returns undefined when nothing searchable is left', () => {
    expect(prefixTsQuery('')).toBeUndefined();
    expect(prefixTsQuery('  !!! & | a ')).toBeUndefined();
  });

  it('splits hyphenated words and keeps numbers', () => {
    expect(searchTerms('Duna-part 2026')).toEqual(['duna', 'part', '2026']);
  });

  it('removes repeated words and bounds the work: at most 8 terms of at most 40 letters', () => {
    expect(searchTerms('kert kert KERT')).toEqual(['kert']);
    const many = Array.from({ length: 12 }, (_, i) => `szo${i}`).join(' ');
    expect(searchTerms(many)).toHaveLength(8);
    expect(searchTerms('a'.repeat(100))[0]).toHaveLength(40);
  });
});
