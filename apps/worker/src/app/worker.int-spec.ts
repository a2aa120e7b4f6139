import { type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@techpact/api/infra-config';
import { dataSourceOptions } from '@techpact/api/infra-db';
import { createTestDatabase, type TestDatabase } from '@techpact/api/infra-db/testing';
import { heartbeatKey } from '@techpact/api/infra-queue';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { DataSource } from 'typeorm';
import { WorkerModule } from './worker.module';

const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';

describe('worker (real Redis)', () => {
  const prefix = `test:${randomBytes(4).toString('hex')}`;
  const redis = new Redis(REDIS_URL);
  let app: INestApplicationContext | undefined;
  let testDb: TestDatabase;

  beforeAll(async () => {
    testDb = await createTestDatabase('worker');
  });

  afterAll(async () => {
    await app?.close();
    await testDb.drop();
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });

  it('schedules the heartbeat and records it under its own prefix', async () => {
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: testDb.url,
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

  it('relays a reminder from the outbox and fires it once it is due (the worker started above)', async () => {
    if (!app) throw new Error('The worker did not start in the previous test.');
    const db = new DataSource(dataSourceOptions(testDb.url));
    await db.initialize();
    try {
      const one = async (sql: string, params: unknown[]) =>
        ((await db.query(sql, params)) as { id: string }[])[0]?.id ?? '';
      const programmeId = await one(`INSERT INTO programme (name) VALUES ('W') RETURNING id`, []);
      const municipalityId = await one(
        `INSERT INTO municipality (programme_id, name) VALUES ($1, 'M') RETURNING id`,
        [programmeId],
      );
      const companyId = await one(
        `INSERT INTO company (programme_id, municipality_id, name, registration_number)
         VALUES ($1, $2, 'C ApS', '12345678') RETURNING id`,
        [programmeId, municipalityId],
      );
      const coordinatorId = await one(
        `INSERT INTO app_user (programme_id, email, name, role)
         VALUES ($1, 'c.worker@test.techpact.dk', 'C', 'coordinator') RETURNING id`,
        [programmeId],
      );
      const caseId = await one(
        `INSERT INTO case_file (programme_id, company_id, municipality_id, coordinator_id, state,
                                snapshot, machine_version, version)
         VALUES ($1, $2, $3, $4, 'onHold', '{}', 1, 3) RETURNING id`,
        [programmeId, companyId, municipalityId, coordinatorId],
      );
      // Due a second ago: the relay enqueues it without delay and the processor fires it.
      const effect = {
        type: 'scheduleReminder',
        kind: 'onHoldCheckIn',
        scope: 'onHold',
        to: 'coordinator',
        due: { rule: 'at', date: new Date(Date.now() - 1_000).toISOString() },
      };
      await db.query(`INSERT INTO outbox (case_id, kind, payload) VALUES ($1, $2, $3)`, [
        caseId,
        effect.type,
        JSON.stringify({
          caseId,
          programmeId,
          caseVersion: 3,
          occurredAt: new Date().toISOString(),
          effect,
        }),
      ]);

      let notified: { userId: string }[] = [];
      for (let tries = 0; tries < 100 && notified.length === 0; tries++) {
        notified = (await db.query(
          `SELECT n.user_id AS "userId" FROM notification n JOIN reminder r ON r.id = n.reminder_id
            WHERE r.case_id = $1 AND r.status = 'sent'`,
          [caseId],
        )) as { userId: string }[];
        if (notified.length === 0) await sleep(100);
      }
      expect(notified).toEqual([{ userId: coordinatorId }]);
      const [outbox] = (await db.query(
        `SELECT relayed_at IS NOT NULL AS relayed FROM outbox WHERE case_id = $1`,
        [caseId],
      )) as { relayed: boolean }[];
      expect(outbox?.relayed).toBe(true);
    } finally {
      await db.destroy();
    }
    // Polls for up to 10 s: a busy machine needs more than the default 5 s.
  }, 20_000);
});
