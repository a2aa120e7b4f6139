import { type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ACCESS_METADATA, type AuthUser } from '@techpact/api/auth';
import { InfraConfigModule, loadConfig } from '@techpact/api/infra-config';
import { dataSourceOptions } from '@techpact/api/infra-db';
import { createTestDatabase, type TestDatabase } from '@techpact/api/infra-db/testing';
import {
  AllExceptionsFilter,
  AppError,
  createValidationPipe,
  ErrorCode,
} from '@techpact/api/infra-http';
import {
  type FailedJobItem,
  type Page,
  QueueName,
  type QueuesHealthResponse,
  type ReminderItem,
} from '@techpact/contracts';
import { Queue, Worker } from 'bullmq';
import { type NextFunction, type Request, type Response } from 'express';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import Redis from 'ioredis';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { QueueAdminService } from './queue-admin.service';
import { QueuesAdminController } from './queues-admin.controller';
import { RemindersController } from './reminders.controller';
import { RemindersModule } from './reminders.module';

const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';

// Sessions are the auth library's business; here a header carries the caller (JSON).
function asCaller(req: Request & { user?: AuthUser }, _res: Response, next: NextFunction): void {
  const caller = req.headers['x-test-user'];
  if (typeof caller === 'string') req.user = JSON.parse(caller) as AuthUser;
  next();
}

describe('/api/reminders and /api/admin/queues (PostgreSQL, Redis)', () => {
  let testDb: TestDatabase;
  let db: DataSource;
  let app: INestApplication;
  const prefix = `test-oversight-${randomBytes(4).toString('hex')}`;
  const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
  const ids = {
    programme: '',
    north: '',
    south: '',
    coordinator: '',
    northCase: '',
    southCase: '',
  };
  let admin: AuthUser;
  let coordinator: AuthUser;

  const one = async (sql: string, params: unknown[]) =>
    ((await db.query(sql, params)) as { id: string }[])[0]?.id ?? '';

  async function caseIn(municipality: string, name: string): Promise<string> {
    const company = await one(
      `INSERT INTO company (programme_id, municipality_id, name, registration_number)
       VALUES ($1, $2, $3, $4) RETURNING id`,
      [ids.programme, municipality, name, String(60_000_000 + Math.floor(Math.random() * 1e6))],
    );
    return one(
      `INSERT INTO case_file (programme_id, company_id, municipality_id, coordinator_id, state,
                              snapshot, machine_version, version)
       VALUES ($1, $2, $3, $4, 'agreement.awaitingSignature', '{}', 1, 3) RETURNING id`,
      [ids.programme, company, municipality, ids.coordinator],
    );
  }

  async function reminder(caseId: string, kind: string, status: string, dueAt: string) {
    await db.query(
      `INSERT INTO reminder (case_id, programme_id, kind, scope, recipient, scheduled_in_state,
                             case_version, due_at, job_id, status, sent_at)
       VALUES ($1, $2, $3, 'signature', 'coordinator', 'agreement.awaitingSignature', 3, $4, $5,
               $6, CASE WHEN $6 = 'sent' THEN $4::timestamptz END)`,
      [caseId, ids.programme, kind, dueAt, `job-${randomBytes(6).toString('hex')}`, status],
    );
  }

  beforeAll(async () => {
    testDb = await createTestDatabase('reminders_oversight');
    db = await new DataSource(dataSourceOptions(testDb.url)).initialize();
    ids.programme = await one(`INSERT INTO programme (name) VALUES ('O') RETURNING id`, []);
    ids.north = await one(
      `INSERT INTO municipality (programme_id, name) VALUES ($1, 'North') RETURNING id`,
      [ids.programme],
    );
    ids.south = await one(
      `INSERT INTO municipality (programme_id, name) VALUES ($1, 'South') RETURNING id`,
      [ids.programme],
    );
    ids.coordinator = await one(
      `INSERT INTO app_user (programme_id, email, name, role)
       VALUES ($1, $2, 'Carla', 'coordinator') RETURNING id`,
      [ids.programme, `c.${randomBytes(3).toString('hex')}@test.techpact.dk`],
    );
    ids.northCase = await caseIn(ids.north, 'Nord ApS');
    ids.southCase = await caseIn(ids.south, 'Syd ApS');
    await reminder(ids.northCase, 'signNudge', 'scheduled', '2026-12-30T08:00:00Z');
    await reminder(ids.northCase, 'signPlease', 'sent', '2026-12-22T08:00:00Z');
    await reminder(ids.northCase, 'signEscalation', 'scheduled', '2027-01-06T08:00:00Z');
    await reminder(ids.southCase, 'signNudge', 'scheduled', '2026-12-29T08:00:00Z');

    const base: Omit<AuthUser, 'role' | 'municipalityIds'> = {
      id: ids.coordinator,
      sessionId: 's',
      email: 'x@test.techpact.dk',
      name: 'X',
      language: 'en',
      programmeId: ids.programme,
      companyId: null,
      organisation: null,
    };
    coordinator = { ...base, role: 'coordinator', municipalityIds: [ids.north] };
    admin = { ...base, role: 'admin', municipalityIds: [] };

    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: testDb.url,
      REDIS_URL,
      REDIS_PREFIX: prefix,
      SESSION_SECRET: 'x'.repeat(32),
    });
    const moduleRef = await Test.createTestingModule({
      imports: [
        InfraConfigModule.forRoot(config),
        TypeOrmModule.forRoot(dataSourceOptions(testDb.url)),
        RemindersModule,
      ],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    app.use(asCaller);
    app.setGlobalPrefix('api');
    app.useGlobalPipes(createValidationPipe());
    app.useGlobalFilters(new AllExceptionsFilter());
    await app.init();
  });

  afterAll(async () => {
    await app.close();
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
    await db.destroy();
    await testDb.drop();
  });

  const as = (user: AuthUser) => ({
    get: (path: string) =>
      request(app.getHttpServer()).get(path).set('x-test-user', JSON.stringify(user)),
    post: (path: string) =>
      request(app.getHttpServer()).post(path).set('x-test-user', JSON.stringify(user)),
  });

  it('lets coordinators and admins list reminders, and only admins see the queues', () => {
    const access = (target: object) => Reflect.getMetadata(ACCESS_METADATA, target) as unknown;
    expect(access(RemindersController.prototype.list)).toEqual({
      kind: 'roles',
      roles: ['admin', 'coordinator'],
    });
    for (const handler of [
      QueuesAdminController.prototype.health,
      QueuesAdminController.prototype.failed,
      QueuesAdminController.prototype.retry,
    ]) {
      expect(access(handler)).toEqual({ kind: 'roles', roles: ['admin'] });
    }
  });

  it("shows a coordinator their municipalities' reminders: scheduled soonest first, then the rest", async () => {
    const response = await as(coordinator).get('/api/reminders');
    expect(response.status).toBe(200);
    const page = response.body as Page<ReminderItem>;
    expect(page.total).toBe(3);
    expect(page.items.map((r) => [r.kind, r.status])).toEqual([
      ['signNudge', 'scheduled'],
      ['signEscalation', 'scheduled'],
      ['signPlease', 'sent'],
    ]);
    expect(page.items[0]).toMatchObject({
      caseId: ids.northCase,
      companyName: 'Nord ApS',
      recipient: 'coordinator',
      recipientName: 'Carla',
      dueAt: '2026-12-30T08:00:00.000Z',
      closedAt: null,
    });
    // An admin sees the whole programme.
    expect(((await as(admin).get('/api/reminders')).body as Page<ReminderItem>).total).toBe(4);
  });

  it('filters by status, kind, case and due time, and pages', async () => {
    const list = async (query: string) =>
      ((await as(admin).get(`/api/reminders?${query}`)).body as Page<ReminderItem>).items.map(
        (r) => `${r.companyName}:${r.kind}`,
      );
    expect(await list('status=sent')).toEqual(['Nord ApS:signPlease']);
    expect(await list('kind=signNudge')).toEqual(['Syd ApS:signNudge', 'Nord ApS:signNudge']);
    expect(await list(`caseId=${ids.southCase}`)).toEqual(['Syd ApS:signNudge']);
    expect(await list('from=2026-12-29T00:00:00Z&to=2026-12-31T00:00:00Z')).toEqual([
      'Syd ApS:signNudge',
      'Nord ApS:signNudge',
    ]);
    expect(await list('status=scheduled&limit=1&offset=1')).toEqual(['Nord ApS:signNudge']);
  });

  it('refuses what it cannot answer, with a message a person can act on', async () => {
    const outside = await as(coordinator).get(`/api/reminders?caseId=${ids.southCase}`);
    expect(outside.status).toBe(404);
    expect((outside.body as { message: string }).message).toContain('outside your municipalities');
    expect((await as(admin).get('/api/reminders?status=lost')).status).toBe(400);
    expect((await as(admin).get('/api/reminders?kind=coffee')).status).toBe(400);
    expect((await as(admin).get('/api/reminders?from=yesterday')).status).toBe(400);
    expect((await as(admin).get('/api/reminders?limit=1000')).status).toBe(400);
    expect((await as(admin).get('/api/reminders?mine=1')).status).toBe(400);
    const range = await as(admin).get('/api/reminders?from=2027-01-01&to=2026-01-01');
    expect(range.status).toBe(400);
  });

  it('counts jobs per queue, lists the failed ones and retries one', async () => {
    const queue = new Queue(QueueName.Reminders, { connection: { url: REDIS_URL }, prefix });
    await queue.add('fire', { reminderId: 'r-1' }, { jobId: 'reminder-one', attempts: 1 });
    await queue.add('fire', { reminderId: 'r-2' }, { jobId: 'reminder-later', delay: 3_600_000 });
    const worker = new Worker(
      QueueName.Reminders,
      () => Promise.reject(new Error('PostgreSQL is away')),
      { connection: { url: REDIS_URL, maxRetriesPerRequest: null }, prefix },
    );
    for (let i = 0; i < 50 && (await queue.getJobState('reminder-one')) !== 'failed'; i++) {
      await sleep(100);
    }
    await worker.close();

    const health = (await as(admin).get('/api/admin/queues')).body as QueuesHealthResponse;
    expect(health.queues.map((q) => q.queue).sort()).toEqual(Object.values(QueueName).sort());
    expect(health.queues.find((q) => q.queue === 'reminders')?.counts).toEqual({
      waiting: 0,
      active: 0,
      delayed: 1,
      failed: 1,
      completed: 0,
    });

    const failed = (await as(admin).get('/api/admin/queues/reminders/failed'))
      .body as FailedJobItem[];
    expect(failed).toEqual([
      expect.objectContaining({
        id: 'reminder-one',
        name: 'fire',
        data: { reminderId: 'r-1' },
        failedReason: 'PostgreSQL is away',
        attemptsMade: 1,
      }),
    ]);

    const retried = await as(admin).post('/api/admin/queues/reminders/jobs/reminder-one/retry');
    expect(retried.status).toBe(200);
    expect(retried.body).toEqual({ id: 'reminder-one', retried: true });
    expect(await queue.getJobState('reminder-one')).toBe('waiting');

    expect(
      (await as(admin).post('/api/admin/queues/reminders/jobs/reminder-later/retry')).status,
    ).toBe(409);
    expect((await as(admin).post('/api/admin/queues/reminders/jobs/nope/retry')).status).toBe(404);
    const unknown = await as(admin).get('/api/admin/queues/coffee/failed');
    expect(unknown.status).toBe(404);
    expect((unknown.body as { message: string }).message).toContain('the queues are');
    await queue.close();
  });

  it('answers 503 quickly while Redis is away', async () => {
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: testDb.url,
      REDIS_URL: 'redis://127.0.0.1:1',
      SESSION_SECRET: 'x'.repeat(32),
    });
    const service = new QueueAdminService(config);
    const started = Date.now();
    const error = (await service.health().catch((e: unknown) => e)) as AppError;
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe(ErrorCode.Unavailable);
    expect(Date.now() - started).toBeLessThan(5_000);
    await service.onModuleDestroy();
  });
});
