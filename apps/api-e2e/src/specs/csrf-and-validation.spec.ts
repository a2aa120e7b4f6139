import { type ApiErrorBody } from '@techpact/contracts';
import { ApiClient, DEMO_PASSWORD, signIn } from '../support/client';

describe('CSRF protection', () => {
  it('hands out a readable XSRF-TOKEN cookie', async () => {
    const reply = await new ApiClient().get('/api/health');
    const cookie = reply.headers.getSetCookie().find((c) => c.startsWith('XSRF-TOKEN='));
    expect(cookie).toBeDefined();
    expect(cookie).not.toMatch(/HttpOnly/i);
  });

  it('refuses a state-changing request without the token', async () => {
    const client = new ApiClient();
    client.sendCsrf = false;
    const reply = await client.post<ApiErrorBody>('/api/auth/login', {
      email: 'admin@demo.techpact.dk',
      password: DEMO_PASSWORD,
    });
    expect(reply.status).toBe(403);
    expect(reply.body.message).toMatch(/CSRF token/);
  });

  it('refuses a signed-in request whose header does not match the cookie', async () => {
    const client = await signIn('admin@demo.techpact.dk');
    client.sendCsrf = false;
    const reply = await client.patch<ApiErrorBody>('/api/auth/me', { language: 'da' });
    expect(reply.status).toBe(403);
  });
});

describe('input validation', () => {
  it('names an unknown field with a 400', async () => {
    const reply = await new ApiClient().post<ApiErrorBody>('/api/auth/login', {
      email: 'admin@demo.techpact.dk',
      password: DEMO_PASSWORD,
      isAdmin: true,
    });
    expect(reply.status).toBe(400);
    expect(reply.body.details).toEqual([
      { field: 'isAdmin', message: 'Unknown field "isAdmin" is not allowed.' },
    ]);
    expect(reply.body.message).toContain('isAdmin');
  });

  it('explains a malformed value', async () => {
    const reply = await new ApiClient().post<ApiErrorBody>('/api/auth/login', {
      email: 'not-an-email',
      password: 'x',
    });
    expect(reply.status).toBe(400);
    expect(reply.body.details?.[0]).toEqual({
      field: 'email',
      message: 'email must be an e-mail address',
    });
  });

  it('answers invalid JSON in the one error shape', async () => {
    const client = new ApiClient();
    await client.get('/api/health');
    const xsrf = decodeURIComponent(client.cookie('XSRF-TOKEN') ?? '');
    const response = await fetch(`${process.env['API_BASE_URL']}/api/auth/login`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: `XSRF-TOKEN=${xsrf}`,
        'x-xsrf-token': xsrf,
      },
      body: '{"email":',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      statusCode: 400,
      message: 'The request body is not valid JSON.',
    });
  });
});
