import { randomBytes } from 'node:crypto';
import { dataSourceOptions } from '@techpact/api/infra-db';
import { createTestDatabase, type TestDatabase } from '@techpact/api/infra-db/testing';
import { QueueName } from '@techpact/contracts';
import { type CaseEffect, REMINDER_DEFAULTS } from '@techpact/lifecycle';
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { ReminderFiring } from './reminder-firing';
import { reminderIdFor, reminderJobId } from './reminder-jobs';
import { ReminderReconciler } from './reminder-reconciler';
import { ReminderRelay, type ReminderQueue } from './reminder-relay';

const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';

interface Seeded {
  programmeId: string;
  coordinatorId: string;
  expertId: string;
  smeId: string;
  caseId: string;
}

async function one(db: DataSource, sql: string, params: unknown[]): Promise<string> {
  const [row] = (await db.query(sql, params)) as { id: string }[];
  if (!row) throw new Error(`No row from ${sql}`);
  return row.id;
}

describe('reminders (PostgreSQL + Redis)', () => {
  let testDb: TestDatabase;
  let db: DataSource;
  let redis: Redis;
  let queue: ReminderQueue;
  let prefix: string;
  let world: Omit<Seeded, 'caseId'>;
  let companySeq = 0;

  beforeAll(async () => {
    testDb = await createTestDatabase('reminders');
    db = new DataSource(dataSourceOptions(testDb.url));
    await db.initialize();
    prefix = `test-reminders-${randomBytes(4).toString('hex')}`;
    redis = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
    queue = new Queue(QueueName.Reminders, { connection: redis, prefix }) as ReminderQueue;

    const programmeId = await one(
      db,
      `INSERT INTO programme (name) VALUES ('Reminders') RETURNING id`,
      [],
    );
    const user = (role: string, name: string, companyId: string | null = null) =>
      one(
        db,
        `INSERT INTO app_user (programme_id, email, name, role, company_id)
         VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [
          programmeId,
          `${name}.${randomBytes(3).toString('hex')}@test.techpact.dk`,
          name,
          role,
          companyId,
        ],
      );
    world = {
      programmeId,
      coordinatorId: await user('coordinator', 'coordinator'),
      expertId: await user('expert', 'expert'),
      smeId: '',
    };
  });

  afterAll(async () => {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    await queue.close();
    redis.disconnect();
    await db.destroy();
    await testDb.drop();
  });

  /** A case in `state` at `version`, with an audit event for that version, its expert and SME. */
  async function seedCase(state: string, version = 1): Promise<Seeded> {
    companySeq += 1;
    const seq = companySeq;
    const municipalityId = await one(
      db,
      `INSERT INTO municipality (programme_id, name) VALUES ($1, $2) RETURNING id`,
      [world.programmeId, `M${seq}`],
    );
    const companyId = await one(
      db,
      `INSERT INTO company (programme_id, municipality_id, name, registration_number)
       VALUES ($1, $2, $3, $4) RETURNING id`,
      [world.programmeId, municipalityId, `Company ${seq}`, String(10_000_000 + seq)],
    );
    const smeId = await one(
      db,
      `INSERT INTO app_user (programme_id, email, name, role, company_id)
       VALUES ($1, $2, 'sme', 'sme', $3) RETURNING id`,
      [world.programmeId, `sme.${randomBytes(3).toString('hex')}@test.techpact.dk`, companyId],
    );
    const caseId = await one(
      db,
      `INSERT INTO case_file (programme_id, company_id, municipality_id, coordinator_id, state,
                              snapshot, machine_version, version)
       VALUES ($1, $2, $3, $4, $5, '{}', 1, $6) RETURNING id`,
      [world.programmeId, companyId, municipalityId, world.coordinatorId, state, version],
    );
    await db.query(`INSERT INTO case_expert (case_id, expert_id) VALUES ($1, $2)`, [
      caseId,
      world.expertId,
    ]);
    await db.query(
      `INSERT INTO audit_event (case_id, event_type, to_state, version) VALUES ($1, 'TEST', $2, $3)`,
      [caseId, state, version],
    );
    return { ...world, smeId, caseId };
  }

  async function outbox(
    caseId: string,
    caseVersion: number,
    effects: CaseEffect[],
    occurredAt = new Date(),
  ) {
    for (const effect of effects) {
      await db.query(`INSERT INTO outbox (case_id, kind, payload) VALUES ($1, $2, $3)`, [
        caseId,
        effect.type,
        JSON.stringify({
          caseId,
          programmeId: world.programmeId,
          caseVersion,
          occurredAt: occurredAt.toISOString(),
          effect,
        }),
      ]);
    }
  }

  const signatureEffects: CaseEffect[] = [
    { type: 'scheduleReminder', kind: 'signPlease', ...REMINDER_DEFAULTS.signPlease },
    { type: 'scheduleReminder', kind: 'signNudge', ...REMINDER_DEFAULTS.signNudge },
    { type: 'scheduleReminder', kind: 'signEscalation', ...REMINDER_DEFAULTS.signEscalation },
  ];

  async function drain(relay: ReminderRelay) {
    while ((await relay.relayBatch()).relayed > 0) {
      // next batch
    }
  }

  it('turns outbox rows into reminder rows and delayed jobs due in business days, and marks them relayed', async () => {
    const seeded = await seedCase('agreement.awaitingSignature', 4);
    const sentAt = new Date('2026-12-17T09:00:00+01:00'); // Thursday
    await outbox(seeded.caseId, 4, signatureEffects, sentAt);
    await drain(new ReminderRelay(db, queue));

    const reminders = (await db.query(
      `SELECT kind, due_at AS "dueAt", status, recipient, scheduled_in_state AS state, job_id AS "jobId"
         FROM reminder WHERE case_id = $1 ORDER BY due_at`,
      [seeded.caseId],
    )) as {
      kind: string;
      dueAt: Date;
      status: string;
      recipient: string;
      state: string;
      jobId: string;
    }[];
    expect(
      reminders.map((r) => [r.kind, r.dueAt.toISOString(), r.status, r.recipient, r.state]),
    ).toEqual([
      [
        'signPlease',
        '2026-12-22T08:00:00.000Z',
        'scheduled',
        'smeSigners',
        'agreement.awaitingSignature',
      ],
      // +7 business days skips Christmas Day and Boxing Day (a Saturday in 2026).
      [
        'signNudge',
        '2026-12-29T08:00:00.000Z',
        'scheduled',
        'smeSigners',
        'agreement.awaitingSignature',
      ],
      [
        'signEscalation',
        '2027-01-04T08:00:00.000Z',
        'scheduled',
        'coordinator',
        'agreement.awaitingSignature',
      ],
    ]);
    for (const reminder of reminders) {
      const job = await queue.getJob(reminder.jobId);
      expect(await job?.getState()).toBe('delayed');
      expect(job?.data).toEqual({ reminderId: reminderIdFor(reminder.jobId) });
      // BullMQ delays from its own clock: the job becomes due at the reminder's due time.
      const jobDueAt = (job?.timestamp ?? 0) + (job?.delay ?? 0);
      expect(Math.abs(jobDueAt - reminder.dueAt.getTime())).toBeLessThan(5_000);
    }
    const [unrelayed] = (await db.query(
      `SELECT count(*)::int AS n FROM outbox WHERE case_id = $1 AND relayed_at IS NULL`,
      [seeded.caseId],
    )) as { n: number }[];
    expect(unrelayed?.n).toBe(0);
  });

  it('uses the programme override of a reminder delay and ignores a malformed one', async () => {
    const seeded = await seedCase('agreement.awaitingCountersignature', 6);
    await db.query(`UPDATE programme SET settings = $2 WHERE id = $1`, [
      world.programmeId,
      JSON.stringify({
        reminders: {
          countersignPlease: { due: { rule: 'after', amount: 1, unit: 'days' } },
          signPlease: { due: { rule: 'after', amount: 'soon' } },
        },
      }),
    ]);
    try {
      const occurredAt = new Date('2026-12-17T09:00:00+01:00');
      await outbox(
        seeded.caseId,
        6,
        [
          {
            type: 'scheduleReminder',
            kind: 'countersignPlease',
            ...REMINDER_DEFAULTS.countersignPlease,
          },
          signatureEffects[0] as CaseEffect,
        ],
        occurredAt,
      );
      await drain(new ReminderRelay(db, queue));
      const rows = (await db.query(
        `SELECT kind, due_at AS "dueAt" FROM reminder WHERE case_id = $1 ORDER BY kind`,
        [seeded.caseId],
      )) as { kind: string; dueAt: Date }[];
      expect(rows.map((r) => [r.kind, r.dueAt.toISOString()])).toEqual([
        ['countersignPlease', '2026-12-18T08:00:00.000Z'],
        ['signPlease', '2026-12-22T08:00:00.000Z'],
      ]);
    } finally {
      await db.query(`UPDATE programme SET settings = '{}' WHERE id = $1`, [world.programmeId]);
    }
  });

  it('relays each row once when two relays run at once', async () => {
    const cases = await Promise.all(
      Array.from({ length: 20 }, () => seedCase('agreement.awaitingSignature', 2)),
    );
    for (const seeded of cases) await outbox(seeded.caseId, 2, signatureEffects);
    const addBulk = jest.spyOn(queue, 'addBulk');
    const a = new ReminderRelay(db, queue, { batchSize: 7 });
    const b = new ReminderRelay(db, queue, { batchSize: 7 });
    await Promise.all([drain(a), drain(b)]);

    const added = addBulk.mock.calls.flatMap(([jobs]) => jobs.map((job) => job.opts?.jobId));
    addBulk.mockRestore();
    expect(added).toHaveLength(60);
    expect(new Set(added).size).toBe(60);
    const [counts] = (await db.query(
      `SELECT count(*)::int AS reminders, count(DISTINCT job_id)::int AS jobs FROM reminder WHERE case_id = ANY($1)`,
      [cases.map((c) => c.caseId)],
    )) as { reminders: number; jobs: number }[];
    expect(counts).toEqual({ reminders: 60, jobs: 60 });
  });

  it('cancels the reminders of a scope and removes their jobs; re-scheduling the kind later gets a new job', async () => {
    const seeded = await seedCase('agreement.awaitingSignature', 4);
    await outbox(seeded.caseId, 4, signatureEffects);
    const relay = new ReminderRelay(db, queue);
    await drain(relay);
    await outbox(seeded.caseId, 5, [{ type: 'cancelReminders', scope: 'signature' }]);
    await drain(relay);

    const rows = (await db.query(
      `SELECT status, job_id AS "jobId" FROM reminder WHERE case_id = $1`,
      [seeded.caseId],
    )) as { status: string; jobId: string }[];
    expect(rows.map((r) => r.status)).toEqual(['cancelled', 'cancelled', 'cancelled']);
    for (const row of rows) expect(await queue.getJob(row.jobId)).toBeUndefined();

    // Declined, sent again: the same kind at a later version is a new reminder with a new job.
    await outbox(seeded.caseId, 7, [signatureEffects[0] as CaseEffect]);
    await drain(relay);
    const jobId = reminderJobId(seeded.caseId, 'signPlease', 7);
    expect(await queue.getJob(jobId)).toBeDefined();
  });

  it('leaves rows unrelayed and counts the attempt when Redis is unreachable, then relays them', async () => {
    const seeded = await seedCase('agreement.awaitingCountersignature', 3);
    await outbox(seeded.caseId, 3, [
      {
        type: 'scheduleReminder',
        kind: 'countersignPlease',
        ...REMINDER_DEFAULTS.countersignPlease,
      },
    ]);
    const addBulk = jest
      .spyOn(queue, 'addBulk')
      .mockRejectedValueOnce(new Error('connect ECONNREFUSED'));
    const relay = new ReminderRelay(db, queue);
    await expect(relay.relayBatch()).rejects.toThrow(/ECONNREFUSED/);
    const [row] = (await db.query(
      `SELECT attempts, last_error AS "lastError", relayed_at AS "relayedAt" FROM outbox WHERE case_id = $1`,
      [seeded.caseId],
    )) as { attempts: number; lastError: string; relayedAt: Date | null }[];
    expect(row).toEqual({ attempts: 1, lastError: 'connect ECONNREFUSED', relayedAt: null });
    const [none] = (await db.query(`SELECT count(*)::int AS n FROM reminder WHERE case_id = $1`, [
      seeded.caseId,
    ])) as { n: number }[];
    expect(none?.n).toBe(0);

    await drain(relay);
    addBulk.mockRestore();
    const [reminder] = (await db.query(`SELECT status FROM reminder WHERE case_id = $1`, [
      seeded.caseId,
    ])) as {
      status: string;
    }[];
    expect(reminder?.status).toBe('scheduled');
  });

  it('gives a batch up when Redis does not answer in time, leaving its rows unrelayed', async () => {
    const seeded = await seedCase('onHold', 2);
    await outbox(seeded.caseId, 2, [
      { type: 'scheduleReminder', kind: 'onHoldCheckIn', ...REMINDER_DEFAULTS.onHoldCheckIn },
    ]);
    const addBulk = jest.spyOn(queue, 'addBulk').mockReturnValueOnce(new Promise(() => undefined));
    const relay = new ReminderRelay(db, queue, { redisTimeoutMs: 200 });
    await expect(relay.relayBatch()).rejects.toThrow(/did not answer within 0.2 s/);
    const [row] = (await db.query(
      `SELECT attempts, relayed_at AS "relayedAt" FROM outbox WHERE case_id = $1`,
      [seeded.caseId],
    )) as { attempts: number; relayedAt: Date | null }[];
    expect(row).toEqual({ attempts: 1, relayedAt: null });
    await drain(relay);
    addBulk.mockRestore();
    expect(await queue.getJob(reminderJobId(seeded.caseId, 'onHoldCheckIn', 2))).toBeDefined();
  });

  it('fires a reminder once, however often its job runs, and notifies its recipients', async () => {
    const seeded = await seedCase('agreement.awaitingSignature', 4);
    await outbox(seeded.caseId, 4, signatureEffects, new Date('2020-01-01T09:00:00Z'));
    await drain(new ReminderRelay(db, queue));
    const reminderId = reminderIdFor(reminderJobId(seeded.caseId, 'signPlease', 4));
    const firing = new ReminderFiring(db);

    const outcomes = await Promise.all([firing.fire(reminderId), firing.fire(reminderId)]);
    expect(outcomes.map((o) => o.outcome).sort()).toEqual(['sent', 'skipped']);
    expect(await firing.fire(reminderId)).toEqual({
      outcome: 'skipped',
      reason: 'reminder is sent',
    });

    const notifications = (await db.query(
      `SELECT user_id AS "userId", kind FROM notification WHERE reminder_id = $1`,
      [reminderId],
    )) as { userId: string; kind: string }[];
    expect(notifications).toEqual([{ userId: seeded.smeId, kind: 'signPlease' }]);

    const escalation = reminderIdFor(reminderJobId(seeded.caseId, 'signEscalation', 4));
    expect(await firing.fire(escalation)).toEqual({
      outcome: 'sent',
      notified: [seeded.coordinatorId],
    });
  });

  it('drops a reminder whose case has left the state that scheduled it', async () => {
    const seeded = await seedCase('agreement.awaitingSignature', 4);
    await outbox(seeded.caseId, 4, [signatureEffects[0] as CaseEffect]);
    await drain(new ReminderRelay(db, queue));
    await db.query(
      `UPDATE case_file SET state = 'agreement.awaitingCountersignature', version = 5 WHERE id = $1`,
      [seeded.caseId],
    );
    const reminderId = reminderIdFor(reminderJobId(seeded.caseId, 'signPlease', 4));
    expect(await new ReminderFiring(db).fire(reminderId)).toEqual({
      outcome: 'dropped',
      reason: 'the case has moved on',
    });
    const [count] = (await db.query(
      `SELECT count(*)::int AS n FROM notification WHERE reminder_id = $1`,
      [reminderId],
    )) as { n: number }[];
    expect(count?.n).toBe(0);
  });

  it('restores every scheduled reminder job after the queue keys are deleted, without duplicates', async () => {
    const cases = await Promise.all(
      Array.from({ length: 10 }, () => seedCase('agreement.awaitingSignature', 2)),
    );
    for (const seeded of cases) await outbox(seeded.caseId, 2, signatureEffects);
    await drain(new ReminderRelay(db, queue));

    const keys = await redis.keys(`${prefix}:${QueueName.Reminders}:*`);
    await redis.del(...keys);
    const scheduled = (await db.query(
      `SELECT job_id AS "jobId" FROM reminder WHERE status = 'scheduled'`,
    )) as {
      jobId: string;
    }[];
    expect(scheduled.length).toBeGreaterThanOrEqual(30);

    const reconciler = new ReminderReconciler(db, queue, { chunkSize: 13 });
    expect(await reconciler.reconcile()).toBe(scheduled.length);
    // Due in the future → delayed; already due (earlier tests' reminders from 2020) → waiting.
    for (const { jobId } of scheduled) {
      expect(['delayed', 'waiting']).toContain(await queue.getJobState(jobId));
    }
    expect(await reconciler.reconcile()).toBe(0);
    const counts = await queue.getJobCounts('delayed', 'waiting');
    expect((counts['delayed'] ?? 0) + (counts['waiting'] ?? 0)).toBe(scheduled.length);
  });
});
