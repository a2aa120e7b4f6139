import { type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { TypeOrmModule } from '@nestjs/typeorm';
import { type AuthUser } from '@techpact/api/auth';
import { dataSourceOptions } from '@techpact/api/infra-db';
import { createTestDatabase, type TestDatabase } from '@techpact/api/infra-db/testing';
import { AllExceptionsFilter, createValidationPipe } from '@techpact/api/infra-http';
import { type ApiErrorBody, SAVED_CASE_VIEW_LIMIT, type SavedCaseView } from '@techpact/contracts';
import { type NextFunction, type Request, type Response } from 'express';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createCaseWorld, type CaseWorld, type UserActor } from '../../testing/case-world';
import { CasesModule } from '../cases.module';

// Migrating a fresh database and racing saves is slow on a busy machine; 5 s is not enough.
jest.setTimeout(120_000);

describe('/api/cases/views (real PostgreSQL)', () => {
  let testDb: TestDatabase;
  let db: DataSource;
  let app: INestApplication;
  let world: CaseWorld;
  const callers = new Map<string, AuthUser>();

  // Sessions are the auth library's business; here a header names the caller.
  function asCaller(req: Request & { user?: AuthUser }, _res: Response, next: NextFunction): void {
    const id = req.headers['x-test-user'];
    if (typeof id === 'string') req.user = callers.get(id);
    next();
  }

  const register = (actor: UserActor): void => {
    callers.set(actor.id, {
      ...actor,
      sessionId: randomUUID(),
      email: `${actor.id}@test.techpact.dk`,
      name: actor.role,
      language: 'en',
      organisation: null,
    });
  };

  beforeAll(async () => {
    testDb = await createTestDatabase('saved_views');
    db = await new DataSource(dataSourceOptions(testDb.url)).initialize();
    world = await createCaseWorld(db, { companiesPerMunicipality: 1 });
    [world.coordinatorA, world.coordinatorA2, world.expert, world.admin].forEach(register);

    const moduleRef = await Test.createTestingModule({
      imports: [
        TypeOrmModule.forRoot({ ...dataSourceOptions(testDb.url), autoLoadEntities: true }),
        CasesModule,
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
    await db.destroy();
    await testDb.drop();
  });

  const as = (actor: UserActor) => {
    const server = () => app.getHttpServer() as Parameters<typeof request>[0];
    return {
      list: () => request(server()).get('/api/cases/views').set('x-test-user', actor.id),
      create: (body: object) =>
        request(server()).post('/api/cases/views').set('x-test-user', actor.id).send(body),
      rename: (id: string, body: object) =>
        request(server()).patch(`/api/cases/views/${id}`).set('x-test-user', actor.id).send(body),
      remove: (id: string) =>
        request(server()).delete(`/api/cases/views/${id}`).set('x-test-user', actor.id),
    };
  };

  const stored = async (userId: string): Promise<number> => {
    const [row] = (await db.query(
      `SELECT count(*)::int AS n FROM saved_case_view WHERE user_id = $1`,
      [userId],
    )) as { n: number }[];
    return row?.n ?? -1;
  };

  it('creates, lists in order, renames and deletes a view', async () => {
    const me = as(world.coordinatorA);
    const first = await me.create({
      name: '  Waiting for signature ',
      query: {
        state: 'agreement.awaitingSignature,agreement.awaitingCountersignature',
        sort: 'companyName',
        order: 'asc',
      },
    });
    expect(first.status).toBe(201);
    const view = first.body as SavedCaseView;
    expect(view).toMatchObject({
      name: 'Waiting for signature',
      query: {
        state: ['agreement.awaitingSignature', 'agreement.awaitingCountersignature'],
        sort: 'companyName',
        order: 'asc',
      },
      position: 0,
    });
    const second = (
      await me.create({
        name: 'Vesthimmerland, signed',
        query: { municipalityId: world.municipalityA, agreementSigned: true, limit: 100 },
      })
    ).body as SavedCaseView;
    expect(second.position).toBe(1);

    const listed = await me.list();
    expect(listed.status).toBe(200);
    expect((listed.body as SavedCaseView[]).map((v) => v.name)).toEqual([
      'Waiting for signature',
      'Vesthimmerland, signed',
    ]);

    const renamed = await me.rename(view.id, { name: 'Awaiting signature' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ id: view.id, name: 'Awaiting signature', position: 0 });

    expect((await me.remove(second.id)).status).toBe(204);
    expect((await me.remove(second.id)).status).toBe(404);
    expect(((await me.list()).body as SavedCaseView[]).map((v) => v.name)).toEqual([
      'Awaiting signature',
    ]);
  });

  it('keeps views to their owner: others get 404 and see none of them', async () => {
    const mine = (
      await as(world.expert).create({ name: 'My intake', query: { state: ['intake'] } })
    ).body as SavedCaseView;
    const other = as(world.coordinatorA2);
    expect((await other.list()).body).toEqual([]);
    expect((await other.rename(mine.id, { name: 'Taken over' })).status).toBe(404);
    expect((await other.remove(mine.id)).status).toBe(404);
    expect((await as(world.expert).list()).body).toMatchObject([
      { id: mine.id, name: 'My intake' },
    ]);
    // The same name is free for someone else.
    expect((await other.create({ name: 'My intake', query: {} })).status).toBe(201);
  });

  it('refuses a second view of the same name, whatever its case, on create and rename', async () => {
    const me = as(world.admin);
    const kept = (await me.create({ name: 'On hold', query: { state: ['onHold'] } }))
      .body as SavedCaseView;
    const duplicate = await me.create({ name: 'ON HOLD', query: {} });
    expect(duplicate.status).toBe(409);
    expect((duplicate.body as ApiErrorBody).details).toEqual([
      { field: 'name', message: 'You already have a view with this name.' },
    ]);
    const other = (await me.create({ name: 'Completed', query: { stage: ['completed'] } }))
      .body as SavedCaseView;
    expect((await me.rename(other.id, { name: 'on hold' })).status).toBe(409);
    expect((await me.rename(kept.id, { name: 'On Hold' })).status).toBe(200);
    expect(await stored(world.admin.id)).toBe(2);
  });

  it('refuses a bad query or name naming the field, and writes nothing', async () => {
    const me = as(world.coordinatorA2);
    const before = await stored(world.coordinatorA2.id);
    const cases = [
      [{ name: 'Bad state', query: { state: ['intake', 'flying'] } }, 'query.state'],
      [{ name: 'Bad key', query: { colour: 'red' } }, 'query.colour'],
      [{ name: 'Paged', query: { offset: 50 } }, 'query.offset'],
      [{ name: 'Bad date', query: { from: '2026-13-40' } }, 'query.from'],
      [{ name: 'Bad limit', query: { limit: 1000 } }, 'query.limit'],
      [{ name: 'No query' }, 'query'],
      [{ name: '   ', query: {} }, 'name'],
      [{ name: 'x'.repeat(81), query: {} }, 'name'],
      [{ name: 'Extra', query: {}, owner: 'someone' }, 'owner'],
    ] as const;
    for (const [body, field] of cases) {
      const response = await me.create(body);
      expect({ body: body.name, status: response.status }).toEqual({
        body: body.name,
        status: 400,
      });
      expect((response.body as ApiErrorBody).details?.map((detail) => detail.field)).toContain(
        field,
      );
    }
    expect(await stored(world.coordinatorA2.id)).toBe(before);
  });

  it(`keeps at most ${SAVED_CASE_VIEW_LIMIT} views per person, also when saved at once`, async () => {
    const me = as(world.coordinatorA);
    await db.query(`DELETE FROM saved_case_view WHERE user_id = $1`, [world.coordinatorA.id]);
    for (let i = 0; i < SAVED_CASE_VIEW_LIMIT - 2; i += 1) {
      expect((await me.create({ name: `View ${i}`, query: { q: `c${i}` } })).status).toBe(201);
    }
    // Four at once for the last two places: exactly two win.
    const racing = await Promise.all(
      [0, 1, 2, 3].map((i) => me.create({ name: `Racing ${i}`, query: {} })),
    );
    expect(racing.map((response) => response.status).sort()).toEqual([201, 201, 409, 409]);
    const full = await me.create({ name: 'One too many', query: {} });
    expect(full.status).toBe(409);
    expect((full.body as ApiErrorBody).message).toContain(`${SAVED_CASE_VIEW_LIMIT} saved views`);
    expect(await stored(world.coordinatorA.id)).toBe(SAVED_CASE_VIEW_LIMIT);
    const positions = ((await me.list()).body as SavedCaseView[]).map((v) => v.position);
    expect(new Set(positions).size).toBe(SAVED_CASE_VIEW_LIMIT);
  });

  it('leaves GET /api/cases/:id to the cases controller', async () => {
    const response = await request(app.getHttpServer() as Parameters<typeof request>[0])
      .get(`/api/cases/${randomUUID()}`)
      .set('x-test-user', world.admin.id);
    expect(response.status).toBe(404);
    expect((response.body as ApiErrorBody).message).toBe('Case not found.');
  });
});
