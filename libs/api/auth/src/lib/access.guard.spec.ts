import { Controller, Get, type INestApplication, Post } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { APP_CONFIG, type AppConfig } from '@techpact/api/infra-config';
import { AllExceptionsFilter } from '@techpact/api/infra-http';
import cookieParser from 'cookie-parser';
import request from 'supertest';
import { Access, Public } from './access.decorator';
import { AccessGuard } from './access.guard';
import { type AuthUser } from './auth-user';
import { newCsrfToken } from './csrf';
import { SessionService } from './session.service';

const SECRET = 's'.repeat(40);

const admin: AuthUser = {
  id: 'u1',
  sessionId: 's1',
  email: 'admin@example.org',
  name: 'Admin',
  role: 'admin',
  language: 'en',
  programmeId: 'p1',
  municipalityIds: [],
  companyId: null,
  organisation: null,
};

/** A controller as a developer might add it: one endpoint forgot its access rule. */
@Controller('probe')
class ProbeController {
  @Public()
  @Get('open')
  open(): string {
    return 'open';
  }

  @Access('admin')
  @Get('admins')
  admins(): string {
    return 'admins';
  }

  @Get('forgotten')
  forgotten(): string {
    return 'should never be seen';
  }

  @Public()
  @Post('change')
  change(): string {
    return 'changed';
  }
}

/** Sessions are resolved by a fake: the token "admin-token" is the admin, anything else nobody. */
const fakeSessions: Pick<SessionService, 'resolve'> = {
  resolve: async (token: string) => (token === 'admin-token' ? admin : null),
};

describe('AccessGuard', () => {
  let app: INestApplication;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      controllers: [ProbeController],
      providers: [
        { provide: APP_CONFIG, useValue: { sessionSecret: SECRET } as AppConfig },
        { provide: SessionService, useValue: fakeSessions },
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
    }).compile();
    app = moduleRef.createNestApplication();
    app.use(cookieParser());
    app.useGlobalFilters(new AllExceptionsFilter());
    await app.init();
  });
  afterAll(() => app.close());

  it('refuses an endpoint without an access declaration, even to an admin', async () => {
    const anonymous = await request(app.getHttpServer()).get('/probe/forgotten');
    expect(anonymous.status).toBe(403);
    const asAdmin = await request(app.getHttpServer())
      .get('/probe/forgotten')
      .set('Cookie', 'tp_session=admin-token');
    expect(asAdmin.status).toBe(403);
    expect(asAdmin.body.message).toBe(
      'This endpoint declares no access rule, so it is closed to everyone.',
    );
  });

  it('opens public endpoints and role endpoints as declared', async () => {
    expect((await request(app.getHttpServer()).get('/probe/open')).status).toBe(200);
    expect((await request(app.getHttpServer()).get('/probe/admins')).status).toBe(401);
    const asAdmin = await request(app.getHttpServer())
      .get('/probe/admins')
      .set('Cookie', 'tp_session=admin-token');
    expect(asAdmin.status).toBe(200);
  });

  it('requires a matching, signed CSRF token on state-changing requests', async () => {
    const token = newCsrfToken(SECRET);
    const server = app.getHttpServer();
    expect((await request(server).post('/probe/change')).status).toBe(403);
    expect(
      (await request(server).post('/probe/change').set('Cookie', `XSRF-TOKEN=${token}`)).status,
    ).toBe(403);
    const forged = newCsrfToken('another-secret-of-some-length-0000000');
    const withForged = await request(server)
      .post('/probe/change')
      .set('Cookie', `XSRF-TOKEN=${forged}`)
      .set('X-XSRF-TOKEN', forged);
    expect(withForged.status).toBe(403);
    const ok = await request(server)
      .post('/probe/change')
      .set('Cookie', `XSRF-TOKEN=${token}`)
      .set('X-XSRF-TOKEN', token);
    expect(ok.status).toBe(201);
  });
});
