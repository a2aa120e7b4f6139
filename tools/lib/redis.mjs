import { spawnSync } from 'node:child_process';
import { isPortOpen, waitFor } from './net.mjs';

/**
 * Makes sure Redis answers at REDIS_URL. A local one that is down is started when the
 * `redis-server` binary is installed; otherwise we say how to get one and go on (the API
 * serves without Redis and reports it on /api/health/ready).
 */
export async function ensureRedis(redisUrl, log) {
  const url = new URL(redisUrl);
  const host = url.hostname || '127.0.0.1';
  const port = Number(url.port || 6379);
  if (await isPortOpen(port, host)) return true;
  const local = ['127.0.0.1', 'localhost', '::1'].includes(host);
  const found = spawnSync('sh', ['-c', 'command -v redis-server'], {
    encoding: 'utf8',
  }).stdout.trim();
  if (local && found) {
    log(`Redis is not answering on ${host}:${port}; starting ${found}`);
    spawnSync(
      found,
      [
        '--daemonize',
        'yes',
        '--bind',
        '127.0.0.1',
        '--port',
        String(port),
        '--save',
        '',
        '--appendonly',
        'no',
      ],
      {
        stdio: 'inherit',
      },
    );
    await waitFor(() => isPortOpen(port, host), { timeoutMs: 10_000, what: 'Redis to start' });
    return true;
  }
  log(
    [
      `Redis is not reachable at ${redisUrl}. TechPact runs without it, but reminders and background jobs wait until it is back.`,
      '  To get one: install it (Debian/Ubuntu: sudo apt-get install redis-server; macOS: brew install redis) and run',
      '    redis-server --daemonize yes --save "" --appendonly no',
      '  or point REDIS_URL at a running Redis, e.g. REDIS_URL=redis://my-redis:6379',
    ].join('\n'),
  );
  return false;
}
