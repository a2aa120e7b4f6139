import {
  type Activity,
  type AgreementVersionDetail,
  type ApprovalGroup,
  type AssessmentResponse,
  type CaseDetail,
  type CaseTimelineEntry,
  type CompanyContact,
  type CompanyDetail,
  type MailMessageResponse,
  type MeResponse,
  type MunicipalityResponse,
  type Page,
  type SigningResult,
  type SigningView,
  type TimeEntry,
} from '@techpact/contracts';
import { ApiClient, signIn } from '../support/client';

const WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1];

function freshCvr(): string {
  for (;;) {
    const digits = String(7_000_000 + Math.floor(Math.random() * 2_999_999));
    const sum = [...digits].reduce((t, d, i) => t + Number(d) * (WEIGHTS[i] ?? 0), 0);
    const check = (11 - (sum % 11)) % 11;
    if (check < 10) return digits + String(check);
  }
}

/** The last weekday on or before today in Copenhagen (hours cannot be logged in the future). */
function lastWeekday(): string {
  const today = new Date(new Date().toLocaleString('en-US', { timeZone: 'Europe/Copenhagen' }));
  while (today.getDay() === 0 || today.getDay() === 6) today.setDate(today.getDate() - 1);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
}

function inDays(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * One case along the whole main path of DESIGN §3, through the HTTP API only, as each role:
 * intake → assessment → agreement (signed from the e-mailed link, with a pause in the middle)
 * → implementation (hours logged and approved, activities done) → completion → completed.
 */
describe('the main path of a case, end to end', () => {
  let admin: ApiClient;
  let coordinator: ApiClient;
  let expert: ApiClient;
  let expertId: string;

  beforeAll(async () => {
    admin = await signIn('admin@demo.techpact.dk');
    coordinator = await signIn('jammerbugt.coordinator@demo.techpact.dk');
    expert = await signIn('lean.expert@demo.techpact.dk');
    expertId = (await expert.get<MeResponse>('/api/auth/me')).body.id;
  });

  it('goes from intake to completed, resumes where it paused, and the timeline tells it all', async () => {
    const stamp = Date.now();
    const municipalities = await coordinator.get<MunicipalityResponse[]>('/api/municipalities');
    const company = await coordinator.post<CompanyDetail>('/api/companies', {
      name: `Main Path Maskinfabrik ${stamp} ApS`,
      registrationNumber: freshCvr(),
      municipalityId: municipalities.body.find((m) => m.name === 'Jammerbugt')?.id,
      employees: 42,
    });
    expect(company.status).toBe(201);
    const signerEmail = `signer.${stamp}@mainpath.example.dk`;
    const contact = await coordinator.post<CompanyContact>(
      `/api/companies/${company.body.id}/contacts`,
      { name: 'Birgitte Signer', role: 'Managing director', email: signerEmail },
    );
    expect(contact.status).toBe(201);

    const opened = await coordinator.post<CaseDetail>('/api/cases', { companyId: company.body.id });
    expect(opened.status).toBe(201);
    const caseId = opened.body.id;
    const events = `/api/cases/${caseId}/events`;
    const send = async (client: ApiClient, body: Record<string, unknown>, state: string) => {
      const reply = await client.post<CaseDetail>(events, body);
      expect({ event: body['type'], status: reply.status, state: reply.body.state }).toEqual({
        event: body['type'],
        status: 200,
        state,
      });
      return reply.body;
    };

    // Assessment: scheduled with the expert, started and submitted with every dimension scored.
    await send(
      coordinator,
      { type: 'SCHEDULE_ASSESSMENT', expertId, date: inDays(3) },
      'assessment.scheduled',
    );
    await send(expert, { type: 'START_ASSESSMENT' }, 'assessment.inProgress');
    const t0 = `/api/cases/${caseId}/assessments/t0`;
    const blank = (await expert.get<AssessmentResponse>(t0)).body;
    const saved = await expert.request<AssessmentResponse>('PUT', t0, {
      summary: 'Manual welding, paper work orders.',
      scores: blank.dimensions.map((d, i) => ({ dimensionId: d.id, score: i % 3, notes: '' })),
    });
    expect(saved.status).toBe(200);
    await send(expert, { type: 'SUBMIT_ASSESSMENT' }, 'agreement.drafting');

    // Agreement: a draft with two upgrades and one SME signer, sent for signature.
    const draftPath = `/api/cases/${caseId}/agreement/draft`;
    const draft = await coordinator.get<AgreementVersionDetail>(draftPath);
    expect(draft.status).toBe(200);
    expect(draft.body).toMatchObject({ number: 1, status: 'draft', canEdit: true });
    const edited = await coordinator.patch<AgreementVersionDetail>(draftPath, {
      title: 'Welding automation',
      summary: 'A collaborative welding robot and digital work orders.',
      goals: 'Halve the lead time of welded frames.',
      expectedRowVersion: draft.body.rowVersion,
    });
    expect(edited.status).toBe(200);
    for (const [title, hours] of [
      ['Cobot welding cell', 40],
      ['Digital work orders', 24],
    ] as const) {
      const upgrade = await coordinator.post(`${draftPath}/upgrades`, {
        title,
        category: 'Automation',
        expertId,
        plannedHours: hours,
        targetDate: inDays(60),
      });
      expect(upgrade.status).toBe(201);
    }
    const signers = await coordinator.request<AgreementVersionDetail>(
      'PUT',
      `${draftPath}/signers`,
      { signers: [{ contactId: contact.body.id }] },
    );
    expect(signers.status).toBe(200);
    await send(coordinator, { type: 'SEND_FOR_SIGNATURE' }, 'agreement.awaitingSignature');

    // A pause in the middle: resume returns to the exact sub-state it left.
    await send(
      coordinator,
      { type: 'PAUSE', reason: 'The managing director is on holiday until next week.' },
      'onHold',
    );
    await send(coordinator, { type: 'RESUME' }, 'agreement.awaitingSignature');

    // The SME signs from the e-mailed link, without an account.
    const mails = await admin.get<MailMessageResponse[]>('/api/dev/mailbox?limit=200');
    const mail = mails.body.find((m) => m.to === signerEmail);
    const token = mail?.text.match(/\/sign\/([A-Za-z0-9_-]+)/)?.[1];
    expect(token).toBeDefined();
    const signer = new ApiClient();
    const view = await signer.get<SigningView>(`/api/signing/${token}`);
    expect(view.body.state).toBe('ready');
    const signed = await signer.post<SigningResult>(`/api/signing/${token}/sign`, {
      fullName: 'Birgitte Signer',
      consent: true,
      documentHash: view.body.documentHash,
    });
    expect(signed.status).toBe(200);
    expect(signed.body.outcome).toBe('allSigned');
    await send(coordinator, { type: 'COUNTERSIGN' }, 'implementation');

    // Implementation: hours logged, submitted and approved; both activities done.
    const activities = await coordinator.get<Activity[]>(`/api/cases/${caseId}/activities`);
    expect(activities.body.map((a) => a.title).sort()).toEqual([
      'Cobot welding cell',
      'Digital work orders',
    ]);
    const day = lastWeekday();
    for (const activity of activities.body) {
      const entry = await expert.post<TimeEntry>('/api/time-entries', {
        activityId: activity.id,
        date: day,
        hours: 3.5,
        note: 'On site',
      });
      expect(entry.status).toBe(201);
    }
    expect(
      (await expert.post('/api/timesheets/submit', { period: day.slice(0, 7) })).status,
    ).toBeLessThan(300);
    const approvals = await coordinator.get<ApprovalGroup[]>('/api/approvals');
    const ours = approvals.body.filter((group) => group.caseId === caseId);
    const entryIds = ours.flatMap((group) => group.entries.map((entry) => entry.id));
    expect(entryIds).toHaveLength(2);
    expect(
      (await coordinator.post('/api/approvals/decide', { entryIds, decision: 'approve' })).status,
    ).toBeLessThan(300);
    for (const activity of activities.body) {
      for (const status of ['in_progress', 'done']) {
        const changed = await expert.patch<Activity>(`/api/activities/${activity.id}/status`, {
          status,
          ...(status === 'done' ? { outcomeNotes: 'Running in production.' } : {}),
        });
        expect({ status: changed.status, activity: changed.body.status }).toEqual({
          status: 200,
          activity: status,
        });
      }
    }

    // Completion: outcomes recorded, then COMPLETE.
    await send(coordinator, { type: 'BEGIN_COMPLETION' }, 'completion');
    const outcomes = await coordinator.request('PUT', `/api/cases/${caseId}/outcomes`, {
      jobsCreated: 2,
      newProducts: 0,
      newProcesses: 2,
      privateInvestmentDkk: 650_000,
      turnoverEffect: '5To15Percent',
      closingSummary: 'The welding cell runs two shifts.',
    });
    expect(outcomes.status).toBe(200);
    const completed = await send(coordinator, { type: 'COMPLETE' }, 'completed');

    // The timeline, newest first, holds every step; the version counts them.
    const timeline = await coordinator.get<Page<CaseTimelineEntry>>(
      `/api/cases/${caseId}/timeline?limit=100`,
    );
    // Besides the transitions: the signature's evidence and the recorded outcomes.
    expect(timeline.body.items.map((entry) => entry.type).reverse()).toEqual([
      'CASE_OPENED',
      'SCHEDULE_ASSESSMENT',
      'START_ASSESSMENT',
      'SUBMIT_ASSESSMENT',
      'SEND_FOR_SIGNATURE',
      'PAUSE',
      'RESUME',
      'AGREEMENT_SIGNED',
      'SIGN',
      'COUNTERSIGN',
      'BEGIN_COMPLETION',
      'OUTCOMES_RECORDED',
      'COMPLETE',
    ]);
    const signature = timeline.body.items.find((entry) => entry.type === 'AGREEMENT_SIGNED');
    expect(JSON.stringify(signature?.payload)).toContain(signerEmail);
    const resume = timeline.body.items.find((entry) => entry.type === 'RESUME');
    expect(resume).toMatchObject({ fromState: 'onHold', toState: 'agreement.awaitingSignature' });
    expect(timeline.body.items[0]).toMatchObject({ type: 'COMPLETE', toState: 'completed' });
    expect(completed.version).toBe(timeline.body.total - 1);
    expect(completed.allowedEvents).toEqual([]);
  });
});
