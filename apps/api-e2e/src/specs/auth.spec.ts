import { type ApiErrorBody, type MeResponse } from '@techpact/contracts';
import { ApiClient, DEMO_PASSWORD, signIn } from '../support/client';

describe('signing in', () => {
  it.each([
    ['admin@demo.techpact.dk', 'admin'],
    ['coordinator@demo.techpact.dk', 'coordinator'],
    ['expert@demo.techpact.dk', 'expert'],
    ['sme@demo.techpact.dk', 'sme'],
  ])('%s signs in with the demo password and is a %s', async (email, role) => {
    const client = await signIn(email);
    const me = await client.get<MeResponse>('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      email,
      role,
      programme: { name: 'NordVest Smart Production' },
    });
  });

  it('describes what the user is linked to', async () => {
    const coordinator = await (
      await signIn('coordinator@demo.techpact.dk')
    ).get<MeResponse>('/api/auth/me');
    expect(coordinator.body.municipalities.map((m) => m.name)).toEqual(['Vesthimmerland']);
    const sme = await (await signIn('sme@demo.techpact.dk')).get<MeResponse>('/api/auth/me');
    expect(sme.body.company?.name).toBe('Farsø Stål & Maskin ApS');
    const expert = await (await signIn('expert@demo.techpact.dk')).get<MeResponse>('/api/auth/me');
    expect(expert.body.organisation).toBe('Aalborg University');
  });

  it('keeps the session in an httpOnly SameSite cookie', async () => {
    const client = new ApiClient();
    await client.get('/api/health');
    const reply = await client.post('/api/auth/login', {
      email: 'expert@demo.techpact.dk',
      password: DEMO_PASSWORD,
    });
    const cookie = reply.headers.getSetCookie().find((c) => c.startsWith('tp_session='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it('refuses a wrong password with a plain message', async () => {
    const reply = await new ApiClient().post<ApiErrorBody>('/api/auth/login', {
      email: 'jammerbugt.coordinator@demo.techpact.dk',
      password: 'not-the-password',
    });
    expect(reply.status).toBe(401);
    expect(reply.body).toMatchObject({
      statusCode: 401,
      error: 'Unauthorized',
      message: 'Wrong e-mail or password.',
    });
  });

  it('throttles the 11th rapid failed attempt on one account, even with the right password', async () => {
    const client = new ApiClient();
    // An account no other spec signs in with: the throttle would refuse it for 15 minutes.
    const email = 'thisted.sme@demo.techpact.dk';
    for (let attempt = 1; attempt <= 10; attempt += 1) {
      const reply = await client.post('/api/auth/login', { email, password: `wrong-${attempt}` });
      expect(reply.status).toBe(401);
    }
    const eleventh = await client.post<ApiErrorBody>('/api/auth/login', {
      email,
      password: 'wrong-11',
    });
    expect(eleventh.status).toBe(429);
    expect(eleventh.body.message).toMatch(/Too many failed sign-in attempts/);
    expect(Number(eleventh.headers.get('retry-after'))).toBeGreaterThan(0);
    const rightPassword = await client.post('/api/auth/login', { email, password: DEMO_PASSWORD });
    expect(rightPassword.status).toBe(429);
  });

  it('ends the session on logout', async () => {
    const client = await signIn('admin@demo.techpact.dk');
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    const me = await client.get<ApiErrorBody>('/api/auth/me');
    expect(me.status).toBe(401);
    expect(me.body.message).toBe('Please sign in to continue.');
  });

  it('remembers the language a user chooses', async () => {
    const client = await signIn('mariagerfjord.coordinator@demo.techpact.dk');
    const updated = await client.patch<MeResponse>('/api/auth/me', { language: 'en' });
    expect(updated.body.language).toBe('en');
    const again = await (
      await signIn('mariagerfjord.coordinator@demo.techpact.dk')
    ).get<MeResponse>('/api/auth/me');
    expect(again.body.language).toBe('en');
  });
});
