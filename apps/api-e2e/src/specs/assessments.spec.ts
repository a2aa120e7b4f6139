import {
  type ApiErrorBody,
  type AssessmentListItem,
  type AssessmentResponse,
  type CaseAssessmentsResponse,
  type CaseDetail,
  type CompanyDetail,
  type MunicipalityResponse,
  type MeResponse,
  type Page,
} from '@techpact/contracts';
import { type ApiClient, signIn } from '../support/client';

const WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1];

function freshCvr(): string {
  for (;;) {
    const digits = String(7_000_000 + Math.floor(Math.random() * 2_999_999));
    const sum = [...digits].reduce((t, d, i) => t + Number(d) * (WEIGHTS[i] ?? 0), 0);
    const check = (11 - (sum % 11)) % 11;
    if (check < 10) return digits + String(check);
  }
}

/**
 * Registers a new Jammerbugt company (so that no other spec's company is taken), opens its case
 * and brings it to assessment.inProgress with the demo expert assigned.
 */
async function caseInProgress(
  admin: ApiClient,
  expert: ApiClient,
  expertId: string,
): Promise<CaseDetail> {
  const municipalities = await admin.get<MunicipalityResponse[]>('/api/municipalities');
  const company = await admin.post<CompanyDetail>('/api/companies', {
    name: `Assessed Manufacturing ${Date.now()} ApS`,
    registrationNumber: freshCvr(),
    municipalityId: municipalities.body.find((m) => m.name === 'Jammerbugt')?.id,
    employees: 35,
  });
  expect(company.status).toBe(201);
  const opened = await admin.post<CaseDetail>('/api/cases', { companyId: company.body.id });
  expect(opened.status).toBe(201);
  const path = `/api/cases/${opened.body.id}/events`;
  const scheduled = await admin.post(path, {
    type: 'SCHEDULE_ASSESSMENT',
    expertId,
    date: '2026-12-07',
  });
  expect(scheduled.status).toBe(200);
  const started = await expert.post<CaseDetail>(path, { type: 'START_ASSESSMENT' });
  expect(started.body.state).toBe('assessment.inProgress');
  return started.body;
}

describe('assessments API', () => {
  let admin: ApiClient;
  let expert: ApiClient;
  let otherExpert: ApiClient;
  let coordinator: ApiClient;
  let otherCoordinator: ApiClient;
  let expertId: string;

  beforeAll(async () => {
    admin = await signIn('admin@demo.techpact.dk');
    expert = await signIn('expert@demo.techpact.dk');
    otherExpert = await signIn('robotics.expert@demo.techpact.dk');
    coordinator = await signIn('jammerbugt.coordinator@demo.techpact.dk');
    otherCoordinator = await signIn('thisted.coordinator@demo.techpact.dk');
    expertId = (await expert.get<MeResponse>('/api/auth/me')).body.id;
  });

  it('has the six EU DMA dimensions for the demo programme', async () => {
    const reply = await coordinator.get<{ name: string; levels: string[] }[]>(
      '/api/assessment-dimensions',
    );
    expect(reply.status).toBe(200);
    expect(reply.body.map((d) => d.name)).toEqual([
      'Digital business strategy',
      'Digital readiness',
      'Human-centric digitalisation',
      'Data management and governance',
      'Automation and artificial intelligence',
      'Green digitalisation',
    ]);
    expect(reply.body.every((d) => d.levels.length === 6)).toBe(true);
  });

  it('keeps an expert not assigned to the case from reading or writing its assessment', async () => {
    const opened = await caseInProgress(admin, expert, expertId);
    const path = `/api/cases/${opened.id}/assessments/t0`;
    const read = await otherExpert.get<ApiErrorBody>(path);
    expect(read.status).toBe(404);
    const write = await otherExpert.request<ApiErrorBody>('PUT', path, { scores: [] });
    expect(write.status).toBe(404);
    expect((await otherExpert.get(`/api/cases/${opened.id}/assessments`)).status).toBe(404);
    // Coordinators of the municipality and admins read; only the assigned expert writes.
    expect((await otherCoordinator.get(path)).status).toBe(404);
    const forCoordinator = await coordinator.get<AssessmentResponse>(path);
    expect(forCoordinator.status).toBe(200);
    expect(forCoordinator.body.canEdit).toBe(false);
    expect((await coordinator.request('PUT', path, { scores: [] })).status).toBe(403);
    expect((await admin.request('PUT', path, { scores: [] })).status).toBe(403);
    const sme = await signIn('sme@demo.techpact.dk');
    expect((await sme.get(path)).status).toBe(403);
    // Nothing was saved by any of them.
    expect((await expert.get<AssessmentResponse>(path)).body).toMatchObject({
      status: 'notStarted',
      canEdit: true,
    });
  });

  it('refuses bad scores, long notes and unknown dimensions with a clear 400 and changes nothing', async () => {
    const opened = await caseInProgress(admin, expert, expertId);
    const path = `/api/cases/${opened.id}/assessments/t0`;
    const blank = (await expert.get<AssessmentResponse>(path)).body;
    const [first, second] = blank.dimensions;
    if (!first || !second) throw new Error('dimensions expected');
    const valid = { dimensionId: first.id, score: 3, notes: 'Fine.' };
    const cases: [string, unknown, RegExp][] = [
      [
        'a score above 5',
        { scores: [valid, { dimensionId: second.id, score: 6 }] },
        /scores\.1\.score must be a whole number from 0 to 5/,
      ],
      [
        'a negative score',
        { scores: [valid, { dimensionId: second.id, score: -1 }] },
        /from 0 to 5/,
      ],
      [
        'a non-integer score',
        { scores: [valid, { dimensionId: second.id, score: 2.5 }] },
        /whole number/,
      ],
      [
        'a score as text',
        { scores: [valid, { dimensionId: second.id, score: '3' }] },
        /whole number/,
      ],
      [
        'notes over 4,000 characters',
        { scores: [valid, { dimensionId: second.id, score: 1, notes: 'x'.repeat(4001) }] },
        /notes must be at most 4,000 characters/,
      ],
      [
        'an unknown dimension',
        { scores: [valid, { dimensionId: '00000000-0000-4000-8000-000000000000', score: 1 }] },
        /Unknown dimension 00000000-0000-4000-8000-000000000000/,
      ],
      ['a dimension twice', { scores: [valid, { ...valid, score: 4 }] }, /scored twice/],
      ['an unknown field', { scores: [valid], weight: 2 }, /Unknown field "weight"/],
      ['no scores list', { summary: 'x' }, /scores must be an array/],
    ];
    for (const [label, body, message] of cases) {
      const reply = await expert.request<ApiErrorBody>('PUT', path, body);
      expect({ label, status: reply.status }).toEqual({ label, status: 400 });
      expect(reply.body.message).toMatch(message);
    }
    expect((await expert.get<AssessmentResponse>(path)).body).toMatchObject({
      id: null,
      status: 'notStarted',
    });
    // 4,000 characters exactly are fine.
    const saved = await expert.request<AssessmentResponse>('PUT', path, {
      scores: [{ ...valid, notes: 'y'.repeat(4000) }],
    });
    expect(saved.status).toBe(200);
    expect(saved.body.scores[0]?.notes).toHaveLength(4000);
  });

  it('refuses SUBMIT_ASSESSMENT naming the missing dimension, then moves the case to the agreement stage', async () => {
    const opened = await caseInProgress(admin, expert, expertId);
    const path = `/api/cases/${opened.id}/assessments/t0`;
    const { dimensions } = (await expert.get<AssessmentResponse>(path)).body;
    const scores = dimensions.map((d, i) => ({
      dimensionId: d.id,
      score: i % 5,
      notes: `Level ${i % 5}`,
    }));
    const missing = dimensions[4];
    if (!missing) throw new Error('dimensions expected');

    const draft = await expert.request<AssessmentResponse>('PUT', path, {
      summary: 'Baseline after the visit.',
      scores: scores.filter((s) => s.dimensionId !== missing.id),
    });
    expect(draft.status).toBe(200);
    expect(draft.body.missingDimensions).toEqual([missing.name]);
    // Saving the same draft again is harmless.
    const again = await expert.request<AssessmentResponse>('PUT', path, {
      summary: 'Baseline after the visit.',
      scores: scores.filter((s) => s.dimensionId !== missing.id),
    });
    expect(again.body.updatedAt).toBe(draft.body.updatedAt);

    const events = `/api/cases/${opened.id}/events`;
    const refused = await expert.post<ApiErrorBody>(events, { type: 'SUBMIT_ASSESSMENT' });
    expect(refused.status).toBe(422);
    expect(refused.body.message).toBe(`Every dimension must be scored: missing ${missing.name}`);
    expect((await expert.get<CaseDetail>(`/api/cases/${opened.id}`)).body.state).toBe(
      'assessment.inProgress',
    );

    expect(
      (await expert.request('PUT', path, { summary: 'Baseline after the visit.', scores })).status,
    ).toBe(200);
    const submitted = await expert.post<CaseDetail>(events, { type: 'SUBMIT_ASSESSMENT' });
    expect(submitted.status).toBe(200);
    expect(submitted.body.state).toBe('agreement.drafting');

    const overview = await coordinator.get<CaseAssessmentsResponse>(
      `/api/cases/${opened.id}/assessments`,
    );
    expect(overview.status).toBe(200);
    expect(overview.body.t0).toMatchObject({
      status: 'submitted',
      missingDimensions: [],
      canEdit: false,
    });
    expect(overview.body.comparison.map((row) => row.t0)).toEqual(scores.map((s) => s.score));
    expect(overview.body.suggestions.map((s) => s.score)).toEqual([0, 0, 1]);
    expect(overview.body.suggestions[0]?.categories.length).toBeGreaterThan(0);
    const late = await expert.request<ApiErrorBody>('PUT', path, { scores });
    expect(late.status).toBe(409);

    // The company page lists the case; the expert's list shows the submitted assessment.
    const company = await coordinator.get<CompanyDetail>(`/api/companies/${opened.company.id}`);
    expect(company.body.cases.map((c) => [c.id, c.state])).toContainEqual([
      opened.id,
      'agreement.drafting',
    ]);
    const mine = await expert.get<Page<AssessmentListItem>>('/api/assessments?limit=200');
    expect(mine.body.items).toContainEqual(
      expect.objectContaining({
        caseId: opened.id,
        kind: 'T0',
        status: 'submitted',
        scored: 6,
        total: 6,
      }),
    );
  });

  it('seeds drafts for the demo cases whose assessment has started', async () => {
    const list = await admin.get<Page<AssessmentListItem>>(
      '/api/assessments?status=draft&limit=200',
    );
    expect(list.status).toBe(200);
    expect(list.body.items.some((item) => item.scored === 4 && item.total === 6)).toBe(true);
  });
});
