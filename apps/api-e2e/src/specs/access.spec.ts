import {
  type ApiErrorBody,
  type CompanySummary,
  type MeResponse,
  type Page,
} from '@techpact/contracts';
import { ApiClient, signIn } from '../support/client';

describe('access scoping', () => {
  it('asks a visitor to sign in', async () => {
    const reply = await new ApiClient().get<ApiErrorBody>('/api/companies');
    expect(reply.status).toBe(401);
  });

  it('lets an SME user read their own company and nobody else’s', async () => {
    const sme = await signIn('sme@demo.techpact.dk');
    const me = (await sme.get<MeResponse>('/api/auth/me')).body;
    const own = await sme.get<CompanySummary>(`/api/companies/${me.company?.id}`);
    expect(own.status).toBe(200);
    expect(own.body.name).toBe('Farsø Stål & Maskin ApS');

    const list = await sme.get<Page<CompanySummary>>('/api/companies');
    expect(list.body.items.map((c) => c.id)).toEqual([me.company?.id]);

    const admin = await signIn('admin@demo.techpact.dk');
    const all = await admin.get<Page<CompanySummary>>('/api/companies?limit=200');
    const other = all.body.items.find((c) => c.id !== me.company?.id);
    const refused = await sme.get<ApiErrorBody>(`/api/companies/${other?.id}`);
    expect(refused.status).toBe(403);
    expect(refused.body.message).toMatch(/outside your access/);
  });

  it('shows a coordinator only the companies of their municipalities', async () => {
    const coordinator = await signIn('coordinator@demo.techpact.dk');
    const list = await coordinator.get<Page<CompanySummary>>('/api/companies?limit=200');
    expect(list.body.total).toBeGreaterThan(0);
    expect(new Set(list.body.items.map((c) => c.municipality.name))).toEqual(
      new Set(['Vesthimmerland']),
    );
  });

  it('keeps administration to admins, with a message that names the role', async () => {
    const sme = await signIn('sme@demo.techpact.dk');
    const reply = await sme.get<ApiErrorBody>('/api/users');
    expect(reply.status).toBe(403);
    expect(reply.body.message).toBe('This action is not available to the sme role.');
    const coordinator = await signIn('coordinator@demo.techpact.dk');
    expect((await coordinator.post('/api/programmes', { name: 'Rogue programme' })).status).toBe(
      403,
    );
  });

  it('answers an unknown route with 404 in the one error shape', async () => {
    const reply = await new ApiClient().get<ApiErrorBody>('/api/no-such-thing');
    expect(reply.status).toBe(404);
    expect(reply.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });
});
