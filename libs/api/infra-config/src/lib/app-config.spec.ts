import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './app-config';

const base = {
  DATABASE_URL: 'postgres://u:secret@127.0.0.1:5432/db',
  SESSION_SECRET: 'x'.repeat(40),
};

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env, mkdtempSync(join(tmpdir(), 'cfg-')));
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig(base);
    expect(config).toMatchObject({
      port: 3000,
      webPort: 4200,
      redisUrl: 'redis://127.0.0.1:6379',
      appUrl: 'http://localhost:4200',
      smtpUrl: null,
      nodeEnv: 'development',
      secureCookies: false,
      migrateOnStart: true,
    });
  });

  it('names a missing DATABASE_URL', () => {
    const [problem] = problemsOf({ SESSION_SECRET: base.SESSION_SECRET });
    expect(problem).toMatch(/^DATABASE_URL is missing/);
  });

  it('collects every bad variable at once, hiding passwords', () => {
    const problems = problemsOf({
      ...base,
      DATABASE_URL: 'mysql://u:hunter2@h/db',
      PORT: 'eighty',
      REDIS_URL: 'http://x',
      SMTP_URL: 'mail.example.org',
    });
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toContain('PORT must be a port number');
    expect(problems.join('\n')).toContain('u:***@');
    expect(problems.join('\n')).not.toContain('hunter2');
  });

  it('requires SESSION_SECRET and APP_URL in production', () => {
    const problems = problemsOf({ NODE_ENV: 'production', DATABASE_URL: base.DATABASE_URL });
    expect(problems.some((p) => p.startsWith('SESSION_SECRET is missing'))).toBe(true);
    expect(problems.some((p) => p.startsWith('APP_URL is missing'))).toBe(true);
  });

  it('generates a development session secret once and keeps it under .data', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'cfg-'));
    const first = loadConfig({ DATABASE_URL: base.DATABASE_URL }, cwd).sessionSecret;
    const second = loadConfig({ DATABASE_URL: base.DATABASE_URL }, cwd).sessionSecret;
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(second).toBe(first);
    expect(readFileSync(join(cwd, '.data/session-secret'), 'utf8').trim()).toBe(first);
  });

  it('rejects an unknown NODE_ENV by name', () => {
    expect(problemsOf({ ...base, NODE_ENV: 'staging' })).toEqual([
      'NODE_ENV has an unknown value "staging".',
    ]);
  });
});
