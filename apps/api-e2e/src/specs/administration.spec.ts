import {
  type ApiErrorBody,
  type InvitationPreview,
  type InvitationResponse,
  type MailMessageResponse,
  type MeResponse,
  type MunicipalityResponse,
  type Page,
  type ProgrammeResponse,
  type UserResponse,
} from '@techpact/contracts';
import { ApiClient, signIn } from '../support/client';

describe('administration', () => {
  it('creates a programme with a municipality, and refuses a duplicate name', async () => {
    const admin = await signIn('admin@demo.techpact.dk');
    const programme = await admin.post<ProgrammeResponse>('/api/programmes', {
      name: 'Interreg Smart Border',
      funder: 'Interreg',
      country: 'DE',
      timeZone: 'Europe/Berlin',
    });
    expect(programme.status).toBe(201);
    expect(programme.body).toMatchObject({
      name: 'Interreg Smart Border',
      country: 'DE',
      timeZone: 'Europe/Berlin',
    });

    const municipality = await admin.post<MunicipalityResponse>('/api/municipalities', {
      programmeId: programme.body.id,
      name: 'Flensburg',
    });
    expect(municipality.status).toBe(201);
    const again = await admin.post<ApiErrorBody>('/api/programmes', {
      name: 'Interreg Smart Border',
    });
    expect(again.status).toBe(409);
  });

  it('refuses a programme that ends before it starts, writing nothing', async () => {
    const admin = await signIn('admin@demo.techpact.dk');
    const reply = await admin.post<ApiErrorBody>('/api/programmes', {
      name: 'Backwards',
      startsOn: '2027-01-01',
      endsOn: '2026-01-01',
    });
    expect(reply.status).toBe(400);
    expect(reply.body.details?.[0]?.field).toBe('endsOn');
    const list = await admin.get<ProgrammeResponse[]>('/api/programmes');
    expect(list.body.map((p) => p.name)).not.toContain('Backwards');
  });

  it('invites an expert by e-mail; the link sets a password once', async () => {
    const admin = await signIn('admin@demo.techpact.dk');
    const invited = await admin.post<InvitationResponse>('/api/invitations', {
      email: 'New.Expert@Example.org',
      name: 'Nora Expert',
      role: 'expert',
      organisation: 'Aalborg University',
    });
    expect(invited.status).toBe(201);
    expect(invited.body.email).toBe('new.expert@example.org');

    const mailbox = await admin.get<MailMessageResponse[]>('/api/dev/mailbox');
    const mail = mailbox.body.find((m) => m.to === 'new.expert@example.org');
    const token = mail?.text.match(/\/invitation\/([\w-]+)/)?.[1];
    expect(token).toBeDefined();

    const visitor = new ApiClient();
    const preview = await visitor.get<InvitationPreview>(`/api/invitations/${token}`);
    expect(preview.body).toMatchObject({
      name: 'Nora Expert',
      role: 'expert',
      programme: 'NordVest Smart Production',
    });
    const short = await visitor.post<ApiErrorBody>(`/api/invitations/${token}/accept`, {
      password: 'short',
    });
    expect(short.status).toBe(400);
    const accepted = await visitor.post<MeResponse>(`/api/invitations/${token}/accept`, {
      password: 'a-long-password-1',
    });
    expect(accepted.status).toBe(201);
    expect((await visitor.get<MeResponse>('/api/auth/me')).body.role).toBe('expert');

    const reused = await new ApiClient().post<ApiErrorBody>(`/api/invitations/${token}/accept`, {
      password: 'another-password-2',
    });
    expect(reused.status).toBe(410);
    expect(reused.body.message).toMatch(/already been used/);
    await signIn('new.expert@example.org', 'a-long-password-1');
  });

  it('lets a coordinator invite experts but not other coordinators', async () => {
    const coordinator = await signIn('coordinator@demo.techpact.dk');
    const reply = await coordinator.post<ApiErrorBody>('/api/invitations', {
      email: 'someone@example.org',
      name: 'Someone',
      role: 'coordinator',
      municipalityIds: [],
    });
    expect(reply.status).toBe(403);
  });

  it('deactivating a user ends their sessions', async () => {
    const expert = await signIn('lean.expert@demo.techpact.dk');
    const admin = await signIn('admin@demo.techpact.dk');
    const users = await admin.get<Page<UserResponse>>('/api/users?q=lean.expert');
    const id = users.body.items[0]?.id;
    const updated = await admin.patch<UserResponse>(`/api/users/${id}`, { active: false });
    expect(updated.body.active).toBe(false);
    expect((await expert.get('/api/auth/me')).status).toBe(401);
    await admin.patch(`/api/users/${id}`, { active: true });
  });
});
