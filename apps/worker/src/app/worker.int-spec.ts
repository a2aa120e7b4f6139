import { type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@techpact/api/infra-config';
import { heartbeatKey } from '@techpact/api/infra-queue';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { WorkerModule } from './worker.module';

const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';

describe('worker (real Redis)', () => {
  const prefix = `test:${randomBytes(4).toString('hex')}`;
  const redis = new Redis(REDIS_URL);
  let app: INestApplicationContext | undefined;

  afterAll(async () => {
    await app?.close();
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });

  it('schedules the heartbeat and records it under its own prefix', async () => {
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres',
      REDIS_URL,
      REDIS_PREFIX: prefix,
      SESSION_SECRET: 'x'.repeat(32),
      LOG_LEVEL: 'warn',
    });
    app = await NestFactory.createApplicationContext(
      WorkerModule.forRoot(config, pino({ level: 'warn' })),
      { logger: false },
    );

    let beat: string | null = null;
    for (let tries = 0; tries < 50 && !beat; tries++) {
      beat = await redis.get(heartbeatKey(prefix));
      if (!beat) await sleep(100);
    }
    expect(beat).not.toBeNull();
    expect(Date.now() - Date.parse(beat ?? '')).toBeLessThan(10_000);
    expect(await redis.ttl(heartbeatKey(prefix))).toBeGreaterThan(50);
    expect(await redis.exists(`${prefix}:maintenance:repeat:heartbeat`)).toBe(1);
  });
});
