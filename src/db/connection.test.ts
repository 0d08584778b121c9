import { describe, expect, it } from 'vitest';
import { poolErrorForLog } from './connection.js';

describe('poolErrorForLog', () => {
  const url = 'postgres://kapocs:s3cr%40t-pw@db.internal:5432/kapocs';

  it('keeps the message and the PostgreSQL code', () => {
    const err = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01', severity: 'FATAL' });
    expect(poolErrorForLog(err, url)).toEqual({ message: 'terminating connection due to administrator command', code: '57P01', severity: 'FATAL' });
  });

  it('never passes on the connection string or the password, encoded or not', () => {
    const err = new Error(`could not reach ${url}; password s3cr@t-pw rejected, raw s3cr%40t-pw`);
    const logged = JSON.stringify(poolErrorForLog(err, url));
    expect(logged).not.toContain('s3cr');
    expect(logged).toContain('[database url]');
    expect(logged).toContain('[password]');
  });

  it('copes with a URL without a password', () => {
    expect(poolErrorForLog(new Error('boom'), 'postgres://postgres@127.0.0.1/test').message).toBe('boom');
  });
});
