import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const secret = 'x'.repeat(40);
const production = { NODE_ENV: 'production', SECRET_KEY: secret, BASE_URL: 'https://onkentes.example.hu' } as const;

describe('loadConfig in production', () => {
  it('loads no demo data unless told, and a safe setup starts', () => {
    const config = loadConfig({ ...production });
    expect(config.seedDemo).toBe('never');
    expect(config.baseUrl).toBe('https://onkentes.example.hu');
  });

  it.each(['auto', 'always'])('refuses SEED_DEMO=%s with a message that names the admin command', (mode) => {
    expect(() => loadConfig({ ...production, SEED_DEMO: mode })).toThrow(ConfigError);
    expect(() => loadConfig({ ...production, SEED_DEMO: mode })).toThrow(/SEED_DEMO=.*refused.*admin:create/s);
  });

  it('accepts SEED_DEMO=never', () => {
    expect(loadConfig({ ...production, SEED_DEMO: 'never' }).seedDemo).toBe('never');
  });

  it('refuses a plain-http or missing BASE_URL unless ALLOW_HTTP=true', () => {
    expect(() => loadConfig({ ...production, BASE_URL: 'http://onkentes.example.hu' })).toThrow(/https:\/\//);
    expect(() => loadConfig({ NODE_ENV: 'production', SECRET_KEY: secret })).toThrow(/not set/);
    expect(loadConfig({ ...production, BASE_URL: 'http://10.0.0.5:3000', ALLOW_HTTP: 'true' }).baseUrl).toBe('http://10.0.0.5:3000');
  });

  it('refuses to start without SECRET_KEY', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', BASE_URL: 'https://a.hu' })).toThrow(/SECRET_KEY/);
  });
});

describe('loadConfig outside production', () => {
  it('loads the demo data on the first run by default, over plain http', () => {
    const config = loadConfig({});
    expect(config.seedDemo).toBe('auto');
    expect(config.baseUrl).toBe('http://localhost:3000');
  });

  it('takes never, auto and always, and nothing else', () => {
    expect(loadConfig({ SEED_DEMO: 'always' }).seedDemo).toBe('always');
    expect(loadConfig({ SEED_DEMO: 'never' }).seedDemo).toBe('never');
    expect(() => loadConfig({ SEED_DEMO: 'yes' })).toThrow(ConfigError);
  });
});

describe('INACTIVE_ACCOUNT_YEARS', () => {
  it('defaults to 3 years', () => {
    expect(loadConfig({}).inactiveAccountYears).toBe(3);
  });

  it.each([
    ['1', 1],
    ['10', 10],
    [' 5 ', 5],
    ['0', null],
    ['never', null],
  ])('takes %j as %j', (value, years) => {
    expect(loadConfig({ INACTIVE_ACCOUNT_YEARS: value }).inactiveAccountYears).toBe(years);
  });

  it.each(['11', '-1', '2.5', 'three', '', '03'])('refuses %j with a message that says what it takes', (value) => {
    expect(() => loadConfig({ INACTIVE_ACCOUNT_YEARS: value })).toThrow(/INACTIVE_ACCOUNT_YEARS: a whole number of years from 1 to 10/);
  });
});
