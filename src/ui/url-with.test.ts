import { describe, expect, it } from 'vitest';
import { urlWithLang } from './language-switch.js';
import { urlWith } from './pagination.js';

describe('urlWith', () => {
  it('adds, replaces and removes query parameters, keeping the others in order', () => {
    expect(urlWith('/places', { page: 2 })).toBe('/places?page=2');
    expect(urlWith('/places?q=kecs&page=3&sort=name', { page: 4, sort: undefined })).toBe('/places?q=kecs&page=4');
    expect(urlWith('/places?q=kecs', { q: '' })).toBe('/places');
    expect(urlWith('/audit?after=x&before=y', { after: 'z', before: undefined, page: 2 })).toBe('/audit?after=z&page=2');
  });

  it('writes values encoded, and reads encoded ones back', () => {
    expect(urlWith('/opportunities?place=Kecskem%C3%A9t', { radius: 25 })).toBe('/opportunities?place=Kecskem%C3%A9t&radius=25');
    expect(urlWith('/places', { county: 'Győr-Moson-Sopron', q: 'a&b=c' })).toBe('/places?county=Gy%C5%91r-Moson-Sopron&q=a%26b%3Dc');
  });

  it('keeps a path that starts with "//" on this site', () => {
    expect(urlWith('//evil.example/x?page=1', { page: 2 })).toBe('/evil.example/x?page=2');
    expect(urlWith('', { page: 2 })).toBe('/?page=2');
  });

  it('sets the language the same way', () => {
    expect(urlWithLang('/places?q=kecs&lang=hu', 'en')).toBe('/places?q=kecs&lang=en');
    expect(urlWithLang('/', 'hu')).toBe('/?lang=hu');
  });
});
