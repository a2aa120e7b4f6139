import { type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { InfraConfigModule, loadConfig } from '@techpact/api/infra-config';
import { dataSourceOptions } from '@techpact/api/infra-db';
import { createTestDatabase, type TestDatabase } from '@techpact/api/infra-db/testing';
import { heartbeatKey } from '@techpact/api/infra-queue';
import { type ReadinessResponse } from '@techpact/contracts';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { HealthModule } from './health.module';

const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
/** Nobody listens here: stands for a Redis that is down. */
const CLOSED_REDIS_URL = 'redis://127.0.0.1:6390';

// The access guard is not registered here: these tests are about the readiness logic.
async function appWith(redisUrl: string, databaseUrl: string, prefix: string) {
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    REDIS_PREFIX: prefix,
    SESSION_SECRET: 'x'.repeat(32),
  });
  const moduleRef = await Test.createTestingModule({
    imports: [
      InfraConfigModule.forRoot(config),
      TypeOrmModule.forRoot({ ...dataSourceOptions(databaseUrl), retryAttempts: 0 }),
      HealthModule,
    ],
  }).compile();
  const app: INestApplication = moduleRef.createNestApplication({ logger: false });
  await app.init();
  return app;
}

describe('GET /health and /health/ready (real PostgreSQL and Redis)', () => {
  const prefix = `test:${randomBytes(4).toString('hex')}`;
  const redis = new Redis(REDIS_URL);
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase('health', false);
  });
  afterAll(async () => {
    await redis.del(heartbeatKey(prefix));
    redis.disconnect();
    await db.drop();
  });

  it('is ok, with the last worker heartbeat, when the database and Redis answer', async () => {
    await redis.set(heartbeatKey(prefix), '2026-11-23T10:00:00.000Z', 'EX', 60);
    const app = await appWith(REDIS_URL, db.url, prefix);
    try {
      expect((await request(app.getHttpServer()).get('/health')).body).toEqual({ status: 'ok' });
      const reply = await request(app.getHttpServer()).get('/health/ready');
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({
        status: 'ok',
        database: 'up',
        redis: 'up',
        workerHeartbeatAt: '2026-11-23T10:00:00.000Z',
        // This database has no schema: the lag cannot be read, which does not fail readiness.
        outbox: null,
      } satisfies ReadinessResponse);
    } finally {
      await app.close();
    }
  });

  it('still answers 200, saying Redis is down, when Redis is away', async () => {
    const app = await appWith(CLOSED_REDIS_URL, db.url, prefix);
    try {
      const started = Date.now();
      const reply = await request(app.getHttpServer()).get('/health/ready');
      expect(reply.status).toBe(200);
      expect(reply.body).toEqual({
        status: 'degraded',
        database: 'up',
        redis: 'down',
        workerHeartbeatAt: null,
        outbox: null,
      } satisfies ReadinessResponse);
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      await app.close();
    }
  });

  it('reports the outbox lag: how many rows wait for the relay and the age of the oldest', async () => {
    const migrated = await createTestDatabase('health_outbox');
    const app = await appWith(REDIS_URL, migrated.url, prefix);
    try {
      const ready = async () =>
        (await request(app.getHttpServer()).get('/health/ready')).body as ReadinessResponse;
      expect((await ready()).outbox).toEqual({ unrelayed: 0, oldestAgeSeconds: null });

      const client = new Client({ connectionString: migrated.url });
      await client.connect();
      try {
        await client.query(
          `INSERT INTO outbox (kind, payload, created_at) VALUES
             ('notify', '{}', now() - interval '95 seconds'),
             ('notify', '{}', now() - interval '5 seconds'),
             ('notify', '{}', now() - interval '500 seconds')`,
        );
        await client.query(
          `UPDATE outbox SET relayed_at = now() WHERE created_at < now() - interval '400 seconds'`,
        );
      } finally {
        await client.end();
      }
      const { outbox } = await ready();
      expect(outbox?.unrelayed).toBe(2);
      expect(outbox?.oldestAgeSeconds).toBeGreaterThanOrEqual(95);
      expect(outbox?.oldestAgeSeconds).toBeLessThan(120);
    } finally {
      await app.close();
      await migrated.drop();
    }
  });

  it('answers 503 once the database is gone', async () => {
    const app = await appWith(REDIS_URL, db.url, prefix);
    try {
      await db.drop();
      const reply = await request(app.getHttpServer()).get('/health/ready');
      expect(reply.status).toBe(503);
      expect(reply.body).toMatchObject({ status: 'down', database: 'down', redis: 'up' });
      expect((await request(app.getHttpServer()).get('/health')).status).toBe(200);
    } finally {
      await app.close();
    }
  });
});
