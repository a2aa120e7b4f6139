import { type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { type AuthUser } from '@techpact/api/auth';
import { dataSourceOptions } from '@techpact/api/infra-db';
import { createTestDatabase, type TestDatabase } from '@techpact/api/infra-db/testing';
import { AllExceptionsFilter, createValidationPipe } from '@techpact/api/infra-http';
import {
  type NotificationItem,
  type NotificationPreferencesResponse,
  type Page,
} from '@techpact/contracts';
import { type NextFunction, type Request, type Response } from 'express';
import { randomBytes, randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { NotificationsModule } from './notifications.module';

// Sessions are the auth library's business (and tested there); here a header names the caller.
function asCaller(req: Request & { user?: AuthUser }, _res: Response, next: NextFunction): void {
  const id = req.headers['x-test-user'];
  if (typeof id === 'string') req.user = { id } as AuthUser;
  next();
}

describe('/api/notifications (real PostgreSQL)', () => {
  let testDb: TestDatabase;
  let db: DataSource;
  let app: INestApplication;
  let alice = '';
  let bob = '';

  beforeAll(async () => {
    testDb = await createTestDatabase('notifications');
    db = await new DataSource(dataSourceOptions(testDb.url)).initialize();
    const [programme] = (await db.query(
      `INSERT INTO programme (name) VALUES ('P') RETURNING id`,
    )) as { id: string }[];
    const user = async (name: string) =>
      (
        (await db.query(
          `INSERT INTO app_user (programme_id, email, name, role) VALUES ($1, $2, $3, 'expert') RETURNING id`,
          [programme?.id, `${name}.${randomBytes(3).toString('hex')}@test.techpact.dk`, name],
        )) as { id: string }[]
      )[0]?.id ?? '';
    alice = await user('alice');
    bob = await user('bob');

    const moduleRef = await Test.createTestingModule({
      imports: [TypeOrmModule.forRoot(dataSourceOptions(testDb.url)), NotificationsModule],
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
    await db.destroy();
    await testDb.drop();
  });

  async function notify(userId: string, title: string, minutesAgo: number): Promise<string> {
    const [row] = (await db.query(
      `INSERT INTO notification (user_id, kind, title, body, link, created_at)
       VALUES ($1, 'caseResumed', $2, 'Body', '/cases/x', now() - make_interval(mins => $3))
       RETURNING id`,
      [userId, title, minutesAgo],
    )) as { id: string }[];
    return row?.id ?? '';
  }

  const as = (userId: string) => ({
    get: (path: string) => request(app.getHttpServer()).get(path).set('x-test-user', userId),
    post: (path: string) => request(app.getHttpServer()).post(path).set('x-test-user', userId),
    put: (path: string, body: object) =>
      request(app.getHttpServer()).put(path).set('x-test-user', userId).send(body),
  });

  it("lists only the caller's notifications, newest first, paged, and counts the unread", async () => {
    const oldest = await notify(alice, 'First', 30);
    await notify(alice, 'Second', 20);
    const newest = await notify(alice, 'Third', 10);
    await notify(bob, 'Not yours', 5);

    const page = await as(alice).get('/api/notifications?limit=2&offset=0');
    expect(page.status).toBe(200);
    const body = page.body as Page<NotificationItem>;
    expect(body.total).toBe(3);
    expect(body.items.map((n) => n.title)).toEqual(['Third', 'Second']);
    expect(body.items[0]).toMatchObject({ id: newest, kind: 'caseResumed', readAt: null });
    const rest = (await as(alice).get('/api/notifications?limit=2&offset=2'))
      .body as Page<NotificationItem>;
    expect(rest.items.map((n) => n.id)).toEqual([oldest]);
    expect((await as(alice).get('/api/notifications/unread-count')).body).toEqual({ unread: 3 });
  });

  it("marks one read (not someone else's), then all, and filters unread", async () => {
    const [first] = ((await as(alice).get('/api/notifications')).body as Page<NotificationItem>)
      .items;
    const read = await as(alice).post(`/api/notifications/${first?.id}/read`);
    expect(read.status).toBe(200);
    expect((read.body as NotificationItem).readAt).not.toBeNull();
    expect((await as(alice).get('/api/notifications/unread-count')).body).toEqual({ unread: 2 });
    const unread = (await as(alice).get('/api/notifications?unread=true'))
      .body as Page<NotificationItem>;
    expect(unread.items.every((n) => n.readAt === null)).toBe(true);
    expect(unread.total).toBe(2);

    const foreign = await as(bob).post(`/api/notifications/${first?.id}/read`);
    expect(foreign.status).toBe(404);
    expect((await as(bob).post(`/api/notifications/${randomUUID()}/read`)).status).toBe(404);

    const all = await as(alice).post('/api/notifications/read-all');
    expect(all.body).toEqual({ marked: 2 });
    expect((await as(alice).get('/api/notifications/unread-count')).body).toEqual({ unread: 0 });
    expect((await as(bob).get('/api/notifications/unread-count')).body).toEqual({ unread: 1 });
  });

  it('refuses a bad query with a message naming the field', async () => {
    const reply = await as(alice).get('/api/notifications?unread=maybe&limit=500');
    expect(reply.status).toBe(400);
    expect(JSON.stringify(reply.body)).toMatch(/unread must be true or false/);
  });

  it('keeps e-mail on by default and stores "in-app only" per kind', async () => {
    const initial = (await as(alice).get('/api/notifications/preferences'))
      .body as NotificationPreferencesResponse;
    expect(initial.preferences.every((p) => p.email)).toBe(true);
    expect(initial.preferences.map((p) => p.kind)).toContain('activityOverdue');

    const updated = await as(alice).put('/api/notifications/preferences', {
      preferences: [
        { kind: 'staleCase', email: false },
        { kind: 'signPlease', email: false },
      ],
    });
    expect(updated.status).toBe(200);
    await as(alice).put('/api/notifications/preferences', {
      preferences: [{ kind: 'signPlease', email: true }],
    });
    const after = (await as(alice).get('/api/notifications/preferences'))
      .body as NotificationPreferencesResponse;
    expect(after.preferences.filter((p) => !p.email).map((p) => p.kind)).toEqual(['staleCase']);
    const bobs = (await as(bob).get('/api/notifications/preferences'))
      .body as NotificationPreferencesResponse;
    expect(bobs.preferences.every((p) => p.email)).toBe(true);

    const unknown = await as(alice).put('/api/notifications/preferences', {
      preferences: [{ kind: 'everything', email: false }],
    });
    expect(unknown.status).toBe(400);
    const twice = await as(alice).put('/api/notifications/preferences', {
      preferences: [
        { kind: 'staleCase', email: false },
        { kind: 'staleCase', email: true },
      ],
    });
    expect(twice.status).toBe(400);
    expect(JSON.stringify(twice.body)).toMatch(/listed twice/);
  });
});
