import { randomBytes } from 'node:crypto';
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, resolve } from 'node:path';

export type NodeEnv = 'development' | 'production' | 'test';

/** Everything the processes read from the environment, validated once at start-up. */
export interface AppConfig {
  nodeEnv: NodeEnv;
  port: number;
  webPort: number;
  databaseUrl: string;
  redisUrl: string;
  /** Prefix of every Redis key, so that tests and several deployments can share one Redis. */
  redisPrefix: string;
  /** Where people reach the web app; used in links in e-mails. */
  appUrl: string;
  sessionSecret: string;
  /** Empty: e-mails go to the development mailbox in the database. */
  smtpUrl: string | null;
  mailFrom: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  migrateOnStart: boolean;
  seedDemoIfEmpty: boolean;
  loginMaxFailuresPerAccount: number;
  loginMaxFailuresPerIp: number;
  /** Secure cookies everywhere but on a developer's plain-http localhost. */
  secureCookies: boolean;
  /**
   * The PKCS#12 that signs agreement PDFs. Both null: a self-signed development certificate is
   * generated under `.data/signing`.
   */
  signing: SigningConfig;
}

export interface SigningConfig {
  /** Absolute path. */
  p12Path: string | null;
  passphrase: string | null;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const SESSION_SECRET_FILE = '.data/session-secret';

/**
 * Reads and validates the configuration. Every problem is collected so that one start-up
 * shows them all, each naming its variable.
 */
export function loadConfig(env: Env = process.env, cwd = process.cwd()): AppConfig {
  const problems: string[] = [];
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'], 'development');
  const port = portOf(env, 'PORT', 3000, problems);
  const webPort = portOf(env, 'WEB_PORT', 4200, problems);

  const databaseUrl = env['DATABASE_URL']?.trim() ?? '';
  if (!databaseUrl) {
    problems.push(
      'DATABASE_URL is missing: set it to postgres://user:password@host:5432/database ' +
        '(`npm start` starts an embedded PostgreSQL and sets it for you).',
    );
  } else if (!/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push(`DATABASE_URL must start with postgres:// (got "${redact(databaseUrl)}").`);
  }

  const redisUrl = env['REDIS_URL']?.trim() || 'redis://127.0.0.1:6379';
  if (!/^rediss?:\/\//.test(redisUrl)) {
    problems.push(`REDIS_URL must start with redis:// or rediss:// (got "${redact(redisUrl)}").`);
  }

  const appUrl =
    env['APP_URL']?.trim() || (nodeEnv === 'production' ? '' : `http://localhost:${webPort}`);
  if (!appUrl)
    problems.push(
      'APP_URL is missing: set it to the address people open, e.g. https://techpact.example.org.',
    );
  else if (!isHttpUrl(appUrl)) problems.push(`APP_URL must be an http(s) URL (got "${appUrl}").`);

  const sessionSecret = sessionSecretOf(env, nodeEnv, cwd, problems);

  const smtpUrl = env['SMTP_URL']?.trim() || null;
  if (smtpUrl && !/^smtps?:\/\//.test(smtpUrl)) {
    problems.push(`SMTP_URL must start with smtp:// or smtps:// (got "${redact(smtpUrl)}").`);
  }

  const logLevel = oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info');
  for (const [name, value] of [
    ['NODE_ENV', nodeEnv],
    ['LOG_LEVEL', logLevel],
  ] as const) {
    if (value === undefined) problems.push(`${name} has an unknown value "${env[name]}".`);
  }

  const migrateOnStart = flag(env, 'DB_MIGRATE_ON_START', nodeEnv !== 'production', problems);
  const seedDemoIfEmpty = flag(env, 'SEED_DEMO_IF_EMPTY', false, problems);
  const loginMaxFailuresPerAccount = positiveInt(
    env,
    'LOGIN_MAX_FAILURES_PER_ACCOUNT',
    10,
    problems,
  );
  const loginMaxFailuresPerIp = positiveInt(env, 'LOGIN_MAX_FAILURES_PER_IP', 100, problems);
  const signing = signingOf(env, cwd, problems);

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    nodeEnv: nodeEnv as NodeEnv,
    port,
    webPort,
    databaseUrl,
    redisUrl,
    redisPrefix: env['REDIS_PREFIX']?.trim() || 'techpact',
    appUrl: appUrl.replace(/\/$/, ''),
    sessionSecret,
    smtpUrl,
    mailFrom: env['MAIL_FROM']?.trim() || 'TechPact <no-reply@techpact.local>',
    logLevel: logLevel as AppConfig['logLevel'],
    migrateOnStart,
    seedDemoIfEmpty,
    loginMaxFailuresPerAccount,
    loginMaxFailuresPerIp,
    secureCookies: nodeEnv === 'production',
    signing,
  };
}

function oneOf<T extends string>(
  env: Env,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T | undefined {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  return (allowed as readonly string[]).includes(raw) ? (raw as T) : undefined;
}

function portOf(env: Env, name: string, fallback: number, problems: string[]): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    problems.push(`${name} must be a port number between 1 and 65535 (got "${raw}").`);
  }
  return port;
}

function positiveInt(env: Env, name: string, fallback: number, problems: string[]): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1)
    problems.push(`${name} must be a positive whole number (got "${raw}").`);
  return value;
}

function flag(env: Env, name: string, fallback: boolean, problems: string[]): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (['1', 'true', 'yes'].includes(raw)) return true;
  if (['0', 'false', 'no'].includes(raw)) return false;
  problems.push(`${name} must be true or false (got "${env[name]}").`);
  return fallback;
}

function sessionSecretOf(
  env: Env,
  nodeEnv: string | undefined,
  cwd: string,
  problems: string[],
): string {
  const given = env['SESSION_SECRET']?.trim();
  if (given) {
    if (given.length < 32) problems.push('SESSION_SECRET must be at least 32 characters long.');
    return given;
  }
  if (nodeEnv === 'production') {
    problems.push(
      'SESSION_SECRET is missing: set it to a random string of at least 32 characters.',
    );
    return '';
  }
  // Development: keep one generated secret so that sessions survive a restart.
  const file = resolve(cwd, SESSION_SECRET_FILE);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('base64url');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, secret + '\n', { mode: 0o600 });
  return secret;
}

function signingOf(env: Env, cwd: string, problems: string[]): SigningConfig {
  const given = env['SIGNING_P12_PATH']?.trim();
  // Not trimmed: a passphrase may legitimately start or end with a space.
  const passphrase = env['SIGNING_P12_PASSPHRASE'] || null;
  if (!given) {
    if (passphrase !== null)
      problems.push(
        'SIGNING_P12_PASSPHRASE is set but SIGNING_P12_PATH is not: set both or neither.',
      );
    return { p12Path: null, passphrase: null };
  }
  const p12Path = resolve(cwd, given);
  try {
    if (!statSync(p12Path).isFile()) throw new Error('not a file');
    accessSync(p12Path, constants.R_OK);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    problems.push(
      `SIGNING_P12_PATH must name a readable PKCS#12 (.p12) file (got "${p12Path}": ${reason}).`,
    );
  }
  if (passphrase === null)
    problems.push(
      'SIGNING_P12_PASSPHRASE is missing: set it to the passphrase of SIGNING_P12_PATH.',
    );
  return { p12Path, passphrase };
}

function isHttpUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** Hides a password in a URL before it reaches a log or an error message. */
export function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
