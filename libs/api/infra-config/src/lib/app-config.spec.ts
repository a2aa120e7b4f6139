import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

  describe('signing certificate', () => {
    let dir: string;
    beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'cfg-p12-'))));
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('defaults to no configured certificate', () => {
      expect(loadConfig(base).signing).toEqual({ p12Path: null, passphrase: null });
    });

    it('resolves a readable p12 relative to the working directory', () => {
      writeFileSync(join(dir, 'platform.p12'), 'p12');
      const config = loadConfig(
        { ...base, SIGNING_P12_PATH: 'platform.p12', SIGNING_P12_PASSPHRASE: ' pass ' },
        dir,
      );
      expect(config.signing).toEqual({ p12Path: join(dir, 'platform.p12'), passphrase: ' pass ' });
    });

    it('names a missing file and a missing passphrase', () => {
      const problems = problemsOf({ ...base, SIGNING_P12_PATH: join(dir, 'nope.p12') });
      expect(problems).toHaveLength(2);
      expect(problems[0]).toMatch(/^SIGNING_P12_PATH must name a readable PKCS#12/);
      expect(problems[0]).toContain('nope.p12');
      expect(problems[1]).toMatch(/^SIGNING_P12_PASSPHRASE is missing/);
    });

    it('rejects a directory and an unreadable file', () => {
      expect(problemsOf({ ...base, SIGNING_P12_PATH: dir, SIGNING_P12_PASSPHRASE: 'x' })).toEqual([
        expect.stringMatching(/^SIGNING_P12_PATH must name a readable PKCS#12.*not a file/),
      ]);
      const locked = join(dir, 'locked.p12');
      writeFileSync(locked, 'p12');
      chmodSync(locked, 0o000);
      // root reads anything, so only assert where permissions apply.
      const expected = process.getuid?.() === 0 ? 0 : 1;
      expect(
        problemsOf({ ...base, SIGNING_P12_PATH: locked, SIGNING_P12_PASSPHRASE: 'x' }),
      ).toHaveLength(expected);
    });

    it('rejects a passphrase without a path', () => {
      expect(problemsOf({ ...base, SIGNING_P12_PASSPHRASE: 'x' })).toEqual([
        'SIGNING_P12_PASSPHRASE is set but SIGNING_P12_PATH is not: set both or neither.',
      ]);
    });
  });
});
