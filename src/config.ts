import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';

/** Every setting the app reads from the environment, typed in one place. */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  BASE_URL: z.string().url().optional(),
  DATABASE_URL: z.string().startsWith('postgres').optional(),
  DATA_DIR: z.string().default('./data'),
  SECRET_KEY: z.string().min(32).optional(),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Kapocs <noreply@kapocs.invalid>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Unset = `never` in production, `auto` elsewhere (see Config.seedDemo). */
  SEED_DEMO: z.enum(['never', 'auto', 'always']).optional(),
  /** Production only: allow a plain-http BASE_URL (a private network without TLS). */
  ALLOW_HTTP: z.enum(['true', 'false']).default('false'),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  /** How long the public search keeps a result in memory (ADR 011); 0 turns it off. Default 10, in tests 0. */
  SEARCH_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).optional(),
  /** After SIGTERM, how long /healthz answers 503 while requests are still served, before the server closes. */
  SHUTDOWN_GRACE_SECONDS: z.coerce.number().int().min(0).max(300).default(5),
  /**
   * Years without login or activity after which an account is anonymised (modules/retention): a whole
   * number 1..10, or `0` / `never` to switch the job off. Default 3.
   */
  INACTIVE_ACCOUNT_YEARS: z
    .string()
    .trim()
    .regex(/^(?:never|0|[1-9]|10)$/, 'a whole number of years from 1 to 10, or 0 / never to switch it off')
    .default('3'),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  baseUrl: string;
  databaseUrl: string | undefined;
  dataDir: string;
  secretKey: string;
  secretKeyGenerated: boolean;
  smtpUrl: string | undefined;
  mailFrom: string;
  logLevel: string;
  /** never: no demo data; auto: on the first start of an empty database; always: whenever it is missing. */
  seedDemo: SeedDemoMode;
  trustProxy: boolean;
  searchCacheSeconds: number;
  shutdownGraceSeconds: number;
  /** Years of inactivity before an account is anonymised; null: never (the retention job is off). */
  inactiveAccountYears: number | null;
};

export type SeedDemoMode = 'never' | 'auto' | 'always';

/** A setting the app refuses to start with; the message says what to change. */
export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const baseUrl = (e.BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  if (e.NODE_ENV === 'production') refuseUnsafeProduction(e, baseUrl);
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    baseUrl,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.DATA_DIR),
    // Without SECRET_KEY (development/demo only) a random key is made per start: CSRF tokens then
    // do not survive a restart, which is harmless for a demo and safe.
    secretKey: e.SECRET_KEY ?? randomBytes(32).toString('hex'),
    secretKeyGenerated: !e.SECRET_KEY,
    smtpUrl: e.SMTP_URL || undefined,
    mailFrom: e.MAIL_FROM,
    logLevel: e.LOG_LEVEL,
    seedDemo: e.SEED_DEMO ?? (e.NODE_ENV === 'production' ? 'never' : 'auto'),
    trustProxy: e.TRUST_PROXY === 'true',
    searchCacheSeconds: e.SEARCH_CACHE_SECONDS ?? (e.NODE_ENV === 'test' ? 0 : 10),
    shutdownGraceSeconds: e.SHUTDOWN_GRACE_SECONDS,
    inactiveAccountYears: e.INACTIVE_ACCOUNT_YEARS === 'never' || e.INACTIVE_ACCOUNT_YEARS === '0' ? null : Number(e.INACTIVE_ACCOUNT_YEARS),
  };
}

/**
 * A production start must never create the demo accounts (their password is public) nor send
 * session cookies and set-password links over plain http.
 */
function refuseUnsafeProduction(e: z.infer<typeof envSchema>, baseUrl: string): void {
  if (!e.SECRET_KEY) {
    throw new ConfigError('SECRET_KEY (at least 32 characters, the same for every process) is required in production.');
  }
  if (e.SEED_DEMO && e.SEED_DEMO !== 'never') {
    throw new ConfigError(
      `SEED_DEMO=${e.SEED_DEMO} is refused in production: the demo accounts have a public password. ` +
        'Remove SEED_DEMO (or set it to never) and create the first administrator with `npm run admin:create`.',
    );
  }
  if (!baseUrl.startsWith('https://') && e.ALLOW_HTTP !== 'true') {
    throw new ConfigError(
      `BASE_URL must be an https:// address in production (it is ${e.BASE_URL ? baseUrl : 'not set'}). ` +
        'Set ALLOW_HTTP=true only on a private network without TLS.',
    );
  }
}
