import { describe, expect, it } from 'vitest';
import { safeNextPath } from './request-context.js';

describe('safeNextPath (no open redirect after login)', () => {
  it.each(['/account', '/admin/users?q=kov&page=2', '/places/12#map', '/'])('keeps the local path %s', (path) => {
    expect(safeNextPath(path)).toBe(path);
  });

  it.each([
    ['https://evil.example/'],
    ['//evil.example/path'],
    ['/\\evil.example'],
    ['\\\\evil.example'],
    ['javascript:alert(1)'],
    ['evil.example'],
    [''],
    [undefined],
    [null],
    [['/account']],
    [{ toString: (): string => '/account' }],
  ])('refuses %j', (next) => {
    expect(safeNextPath(next)).toBe('/');
    expect(safeNextPath(next, '/account')).toBe('/account');
  });

  it('cuts absurdly long paths', () => {
    expect(safeNextPath(`/${'a'.repeat(5000)}`)).toHaveLength(500);
  });
});
