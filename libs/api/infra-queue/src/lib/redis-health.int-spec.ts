import { type AppConfig } from '@techpact/api/infra-config';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { heartbeatKey, RedisHealthService } from './redis-health.service';

const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';

describe('RedisHealthService (real Redis)', () => {
  it('reports a reachable Redis as up and reads the worker heartbeat under its own prefix', async () => {
    const prefix = `test-${randomBytes(4).toString('hex')}`;
    const health = new RedisHealthService({
      redisUrl: REDIS_URL,
      redisPrefix: prefix,
    } as AppConfig);
    const writer = new Redis(REDIS_URL);
    try {
      expect(await health.status()).toBe('up');
      expect(await health.workerHeartbeatAt()).toBeNull();
      await writer.set(heartbeatKey(prefix), '2026-11-23T10:00:00.000Z', 'EX', 60);
      expect(await health.workerHeartbeatAt()).toBe('2026-11-23T10:00:00.000Z');
    } finally {
      await writer.del(heartbeatKey(prefix));
      writer.disconnect();
      health.onModuleDestroy();
    }
  });

  it('reports a Redis nobody listens on as down, quickly', async () => {
    const health = new RedisHealthService({
      redisUrl: 'redis://127.0.0.1:6390',
      redisPrefix: 'x',
    } as AppConfig);
    const started = Date.now();
    try {
      expect(await health.status()).toBe('down');
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      health.onModuleDestroy();
    }
  });
});
