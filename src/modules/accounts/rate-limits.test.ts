import { describe, expect, it } from 'vitest';
import { accountLimits, limitBucket } from './rate-limits.js';

describe('account rate limits', () => {
  it('keep one bucket per limit and key', () => {
    expect(limitBucket('loginFailuresPerIp', '10.0.0.1')).toBe('accounts.loginFailuresPerIp:10.0.0.1');
    expect(limitBucket('loginFailuresPerAccount', 'a@b.hu')).not.toBe(limitBucket('resetRequestsPerAccount', 'a@b.hu'));
  });

  it('allow 20 login failures per address and 5 per account in 15 minutes', () => {
    expect(accountLimits.loginFailuresPerIp).toEqual({ limit: 20, windowSeconds: 900 });
    expect(accountLimits.loginFailuresPerAccount).toEqual({ limit: 5, windowSeconds: 900 });
  });
});
