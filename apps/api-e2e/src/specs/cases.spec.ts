import {
  type ApiErrorBody,
  CASE_OPENED_EVENT,
  type CaseDetail,
  type CaseSummary,
  type CaseTimelineEntry,
  type CompanySummary,
  type MeResponse,
  type Page,
} from '@techpact/contracts';
import { type ApiClient, signIn } from '../support/client';

const ASSESSMENT_DIMENSIONS = [
  'Digital business strategy',
  'Digital readiness',
  'Human-centric digitalisation',
  'Data management and governance',
  'Automation and artificial intelligence',
  'Green digitalisation',
];

/** The demo coordinator of a municipality (demo-fixtures). */
function coordinatorEmail(municipality: string): string {
  return municipality === 'Vesthimmerland'
    ? 'coordinator@demo.techpact.dk'
    : `${municipality.toLowerCase()}.coordinator@demo.techpact.dk`;
}

/**
 * Opens a case for a company that has no open case (the demo seed and other specs may have taken
 * some), trying them in random order.
 */
async function openFreeCase(opener: ApiClient): Promise<CaseDetail> {
  const companies = await opener.get<Page<CompanySummary>>('/api/companies?limit=200');
  // Vesthimmerland last: the coordinator spec needs a free company there (the seed leaves one).
  const shuffled = [...companies.body.items]
    .map((company) => ({
      company,
      key: (company.municipality.name === 'Vesthimmerland' ? 1 : 0) + Math.random() / 2,
    }))
    .sort((a, b) => a.key - b.key)
    .map(({ company }) => company);
  for (const company of shuffled) {
    const reply = await opener.post<CaseDetail>('/api/cases', { companyId: company.id });
    if (reply.status === 201) return reply.body;
    expect(reply.status).toBe(409);
  }
  throw new Error('Every company has an open case: no company left to open one for');
}

async function meOf(client: ApiClient): Promise<MeResponse> {
  return (await client.get<MeResponse>('/api/auth/me')).body;
}

describe('cases API', () => {
  let admin: ApiClient;
  let expert: ApiClient;
  let expertId: string;

  beforeAll(async () => {
    admin = await signIn('admin@demo.techpact.dk');
    expert = await signIn('expert@demo.techpact.dk');
    expertId = (await meOf(expert)).id;
  });

  it('drives a case intake → assessment.scheduled → inProgress, pauses and resumes to the same sub-state', async () => {
    const opened = await openFreeCase(admin);
    const coordinator = await signIn(coordinatorEmail(opened.municipality.name));
    const path = `/api/cases/${opened.id}`;

    const intake = await coordinator.get<CaseDetail>(path);
    expect(intake.status).toBe(200);
    expect(intake.body).toMatchObject({
      state: 'intake',
      version: 0,
      position: { index: 0, step: 'intake', onHold: false },
      allowedEvents: ['SCHEDULE_ASSESSMENT', 'PAUSE', 'WITHDRAW'],
      coordinator: { name: expect.any(String) },
    });

    const scheduled = await coordinator.post<CaseDetail>(`${path}/events`, {
      type: 'SCHEDULE_ASSESSMENT',
      expertId,
      date: '2026-12-07',
      expectedVersion: 0,
    });
    expect(scheduled.status).toBe(200);
    expect(scheduled.body).toMatchObject({ state: 'assessment.scheduled', version: 1 });
    expect(scheduled.body.experts.map((e) => e.id)).toEqual([expertId]);

    // The assigned expert now sees the case, with only their own step offered.
    const forExpert = await expert.get<CaseDetail>(path);
    expect(forExpert.body.allowedEvents).toEqual(['START_ASSESSMENT']);
    const started = await expert.post<CaseDetail>(`${path}/events`, {
      type: 'START_ASSESSMENT',
      expectedVersion: 1,
    });
    expect(started.body).toMatchObject({ state: 'assessment.inProgress', version: 2 });

    const paused = await coordinator.post<CaseDetail>(`${path}/events`, {
      type: 'PAUSE',
      reason: 'The company moves production to a new hall.',
      until: '2027-02-01',
    });
    expect(paused.body).toMatchObject({
      state: 'onHold',
      version: 3,
      position: { step: 'assessment', onHold: true },
      allowedEvents: ['RESUME', 'WITHDRAW'],
    });
    const resumed = await coordinator.post<CaseDetail>(`${path}/events`, { type: 'RESUME' });
    expect(resumed.body).toMatchObject({ state: 'assessment.inProgress', version: 4 });

    // No assessment scores exist yet (a later feature), so submitting names every dimension.
    const submit = await expert.post<ApiErrorBody>(`${path}/events`, { type: 'SUBMIT_ASSESSMENT' });
    expect(submit.status).toBe(422);
    for (const dimension of ASSESSMENT_DIMENSIONS) expect(submit.body.message).toContain(dimension);

    const timeline = await coordinator.get<Page<CaseTimelineEntry>>(`${path}/timeline`);
    expect(timeline.status).toBe(200);
    expect(timeline.body.items.map((e) => [e.type, e.fromState, e.toState, e.version])).toEqual([
      ['RESUME', 'onHold', 'assessment.inProgress', 4],
      ['PAUSE', 'assessment.inProgress', 'onHold', 3],
      ['START_ASSESSMENT', 'assessment.scheduled', 'assessment.inProgress', 2],
      ['SCHEDULE_ASSESSMENT', 'intake', 'assessment.scheduled', 1],
      [CASE_OPENED_EVENT, null, 'intake', 0],
    ]);
    expect(timeline.body.items[1]).toMatchObject({
      payload: { reason: 'The company moves production to a new hall.', until: '2027-02-01' },
      actor: { role: 'coordinator' },
    });
    const times = timeline.body.items.map((e) => e.createdAt);
    expect(times).toEqual([...times].sort().reverse());

    const withdrawn = await coordinator.post<CaseDetail>(`${path}/events`, {
      type: 'WITHDRAW',
      reason: 'End of the e2e walk.',
    });
    expect(withdrawn.body).toMatchObject({
      state: 'withdrawn',
      allowedEvents: [],
      position: { step: 'assessment', withdrawn: true },
    });
  });

  it('answers 403 for the wrong role and 409 with the allowed events for the wrong state', async () => {
    const opened = await openFreeCase(admin);
    const coordinator = await signIn(coordinatorEmail(opened.municipality.name));
    const path = `/api/cases/${opened.id}/events`;

    const wrongRole = await coordinator.post<ApiErrorBody>(path, { type: 'START_ASSESSMENT' });
    expect(wrongRole.status).toBe(403);
    expect(wrongRole.body.message).toMatch(/expert or an admin/);

    const wrongState = await coordinator.post<ApiErrorBody>(path, { type: 'COUNTERSIGN' });
    expect(wrongState.status).toBe(409);
    expect(wrongState.body.message).toMatch(
      /possible now: Schedule assessment, Put on hold, Withdraw/,
    );
    expect(wrongState.body.details?.map((d) => d.message)).toEqual([
      'SCHEDULE_ASSESSMENT',
      'PAUSE',
      'WITHDRAW',
    ]);

    const notAnExpert = await coordinator.post<ApiErrorBody>(path, {
      type: 'SCHEDULE_ASSESSMENT',
      expertId: (await meOf(coordinator)).id,
      date: '2026-12-07',
    });
    expect(notAnExpert.status).toBe(422);
    expect(notAnExpert.body.message).toMatch(/not an active expert/);

    // The expert is not assigned: the case does not exist for them.
    const hidden = await expert.post<ApiErrorBody>(path, { type: 'START_ASSESSMENT' });
    expect(hidden.status).toBe(404);
    expect(hidden.body.message).toBe('Case not found.');

    expect(
      (await admin.post(path, { type: 'WITHDRAW', reason: 'End of the e2e check.' })).status,
    ).toBe(200);
  });

  it('opens at most one open case per company, for coordinators of its municipality and admins', async () => {
    const coordinator = await signIn('coordinator@demo.techpact.dk');
    const opened = await openFreeCase(coordinator);
    expect(opened.municipality.name).toBe('Vesthimmerland');
    expect(opened.coordinator?.name).toBe('Mette Kristensen');

    const again = await admin.post<ApiErrorBody>('/api/cases', { companyId: opened.company.id });
    expect(again.status).toBe(409);
    expect(again.body.message).toContain(opened.id);

    const elsewhere = await admin.get<Page<CompanySummary>>('/api/companies?limit=200');
    const foreign = elsewhere.body.items.find((c) => c.municipality.name !== 'Vesthimmerland');
    const outside = await coordinator.post<ApiErrorBody>('/api/cases', { companyId: foreign?.id });
    expect(outside.status).toBe(403);

    expect((await expert.post('/api/cases', { companyId: opened.company.id })).status).toBe(403);
    const badBody = await coordinator.post<ApiErrorBody>('/api/cases', {
      companyId: 'x',
      extra: 1,
    });
    expect(badBody.status).toBe(400);

    await coordinator.post(`/api/cases/${opened.id}/events`, {
      type: 'WITHDRAW',
      reason: 'End of the e2e check.',
    });
  });

  it('lists cases scoped to the caller, with filters, search, sort and pages', async () => {
    const first = await openFreeCase(admin);
    const second = await openFreeCase(admin);
    await admin.post(`/api/cases/${second.id}/events`, {
      type: 'SCHEDULE_ASSESSMENT',
      expertId,
      date: '2026-12-08',
    });

    const all = await admin.get<Page<CaseSummary>>('/api/cases?limit=200');
    expect(all.status).toBe(200);
    expect(all.body.items.map((c) => c.id)).toEqual(expect.arrayContaining([first.id, second.id]));

    const scheduled = await admin.get<Page<CaseSummary>>(
      '/api/cases?state=assessment.scheduled&state=assessment.inProgress&limit=200',
    );
    expect(scheduled.body.items.map((c) => c.id)).toContain(second.id);
    expect(scheduled.body.items.map((c) => c.id)).not.toContain(first.id);

    const byName = await admin.get<Page<CaseSummary>>(
      `/api/cases?q=${encodeURIComponent(first.company.name.slice(0, 8).toUpperCase())}`,
    );
    expect(byName.body.items.map((c) => c.id)).toContain(first.id);
    const byNumber = await admin.get<Page<CaseSummary>>(
      `/api/cases?q=${first.company.registrationNumber}`,
    );
    expect(byNumber.body.items.map((c) => c.id)).toContain(first.id);

    const byExpert = await admin.get<Page<CaseSummary>>(
      `/api/cases?expertId=${expertId}&limit=200`,
    );
    expect(byExpert.body.items.map((c) => c.id)).toContain(second.id);
    const expertList = await expert.get<Page<CaseSummary>>('/api/cases?limit=200');
    expect(expertList.body.items.map((c) => c.id)).toContain(second.id);
    expect(expertList.body.items.map((c) => c.id)).not.toContain(first.id);

    const sorted = await admin.get<Page<CaseSummary>>(
      '/api/cases?sort=companyName&order=asc&limit=200',
    );
    const descending = await admin.get<Page<CaseSummary>>(
      '/api/cases?sort=companyName&order=desc&limit=200',
    );
    expect(descending.body.items.map((c) => c.id)).toEqual(
      sorted.body.items.map((c) => c.id).reverse(),
    );
    expect(
      sorted.body.items[0]?.company.name.localeCompare(
        sorted.body.items.at(-1)?.company.name ?? '',
      ),
    ).toBeLessThanOrEqual(0);
    const page = await admin.get<Page<CaseSummary>>(
      '/api/cases?sort=companyName&order=asc&limit=1&offset=1',
    );
    expect(page.body).toMatchObject({ limit: 1, offset: 1, total: sorted.body.total });
    expect(page.body.items.map((c) => c.id)).toEqual(
      sorted.body.items.slice(1, 2).map((c) => c.id),
    );

    const vesthimmerland = await signIn('coordinator@demo.techpact.dk');
    const scoped = await vesthimmerland.get<Page<CaseSummary>>('/api/cases?limit=200');
    expect(scoped.body.items.every((c) => c.municipality.name === 'Vesthimmerland')).toBe(true);

    const sme = await signIn('sme@demo.techpact.dk');
    const own = (await meOf(sme)).company?.id;
    const smeList = await sme.get<Page<CaseSummary>>('/api/cases');
    expect(smeList.body.items.every((c) => c.company.id === own)).toBe(true);
    const foreign = [first, second].find((c) => c.company.id !== own);
    expect((await sme.get(`/api/cases/${foreign?.id}`)).status).toBe(404);

    expect((await admin.get('/api/cases?state=nowhere')).status).toBe(400);
    expect((await admin.get('/api/cases?limit=201')).status).toBe(400);
    expect((await admin.get('/api/cases?sort=secret')).status).toBe(400);

    for (const opened of [first, second]) {
      await admin.post(`/api/cases/${opened.id}/events`, { type: 'WITHDRAW', reason: 'Done.' });
    }
  });

  it('documents the endpoints in the OpenAPI document', async () => {
    const docs = await admin.get<{ paths: Record<string, unknown> }>('/api/docs-json');
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/cases',
        '/api/cases/{id}',
        '/api/cases/{id}/events',
        '/api/cases/{id}/timeline',
      ]),
    );
  });
});
