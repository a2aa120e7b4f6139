import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import {
  type AssessmentDimension,
  type AssessmentResponse,
  type CaseAssessmentsResponse,
  type CaseDetail,
} from '@techpact/contracts';
import { I18nService } from '@techpact/web/i18n';
import { AssessmentPage } from './assessment-page';
import { AUTOSAVE_DELAY } from './autosave-delay';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

const ID = '7d1c1a52-3a57-4f43-9a59-0f0c6f0b9d01';

const dimension = (id: string, name: string): AssessmentDimension => ({
  id,
  key: id,
  name,
  description: `About ${name}`,
  levels: ['None', 'Basic', 'Emerging', 'Defined', 'Managed', 'Leading'],
  upgradeCategories: [`${name} upgrade`],
  position: 0,
  active: true,
});

const dimensions = [dimension('d1', 'Digital readiness'), dimension('d2', 'Data management')];

const draft: AssessmentResponse = {
  id: 'a1',
  caseId: ID,
  kind: 'T0',
  status: 'draft',
  dimensions,
  scores: [
    { dimensionId: 'd1', score: 2, notes: 'Paper based' },
    { dimensionId: 'd2', score: null, notes: '' },
  ],
  summary: '',
  missingDimensions: ['Data management'],
  canEdit: true,
  updatedAt: '2026-11-02T09:00:00Z',
  updatedBy: null,
  submittedAt: null,
  submittedBy: null,
};

const caseFile = {
  id: ID,
  company: { id: 'c1', name: 'Farsø Stål ApS', registrationNumber: '31000009', country: 'DK' },
  version: 4,
  state: 'assessment.inProgress',
} as CaseDetail;

const overview = {
  caseId: ID,
  t0: draft,
  t1: { ...draft, kind: 'T1', status: 'notStarted', scores: [] },
  comparison: [],
  suggestions: [],
} as unknown as CaseAssessmentsResponse;

describe('AssessmentPage', () => {
  let fixture: ComponentFixture<AssessmentPage>;
  let http: HttpTestingController;
  let element: HTMLElement;

  async function flush(): Promise<void> {
    await settle();
    await fixture.whenStable();
    fixture.detectChanges();
  }

  async function open(assessment: AssessmentResponse): Promise<void> {
    fixture.componentRef.setInput('id', ID);
    fixture.componentRef.setInput('kind', 't0');
    await flush();
    http.expectOne(`/api/cases/${ID}/assessments/t0`).flush(assessment);
    http.expectOne(`/api/cases/${ID}`).flush(caseFile);
    await flush();
    http.expectOne(`/api/cases/${ID}/assessments`).flush(overview);
    await flush();
  }

  function radios(dimensionId: string): HTMLInputElement[] {
    return [
      ...element.querySelectorAll<HTMLInputElement>(
        `[data-dimension="${dimensionId}"] input[type="radio"]`,
      ),
    ];
  }

  function button(name: string): HTMLButtonElement {
    const found = [...element.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === name,
    );
    if (!found) throw new Error(`No button ${name}`);
    return found;
  }

  const status = (): string => element.querySelector('.save-status')?.textContent?.trim() ?? '';

  beforeEach(() => {
    // The test DOM cannot draw; the chart then shows its table only.
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    document.cookie = 'XSRF-TOKEN=token';
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: AUTOSAVE_DELAY, useValue: 0 },
      ],
    });
    TestBed.inject(I18nService).use('en');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AssessmentPage);
    element = fixture.nativeElement as HTMLElement;
  });

  afterEach(() => http.verify());

  it('shows every dimension with its level descriptor and lists the missing ones', async () => {
    await open(draft);
    const cards = element.querySelectorAll('article.dimension');
    expect(cards).toHaveLength(2);
    expect(cards[0].textContent).toContain('Level 2: Emerging');
    expect(cards[1].textContent).toContain('Not scored yet');
    expect(radios('d1')).toHaveLength(6);
    expect(radios('d1')[2].checked).toBe(true);
    const missing = element.querySelector('section.missing');
    expect(
      [...(missing?.querySelectorAll('li') ?? [])].map((li) => li.textContent?.trim()),
    ).toEqual(['Data management']);
  });

  it('saves the draft a moment after a change and says so', async () => {
    await open(draft);
    radios('d2')[4].click();
    const notes = element.querySelectorAll('textarea')[1];
    notes.value = 'A data warehouse is planned';
    notes.dispatchEvent(new Event('input'));
    await flush();
    expect(element.querySelector('section.missing')?.textContent).toContain(
      'Every dimension has a score.',
    );

    const put = http.expectOne(`/api/cases/${ID}/assessments/t0`);
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({
      summary: '',
      scores: [
        { dimensionId: 'd1', score: 2, notes: 'Paper based' },
        { dimensionId: 'd2', score: 4, notes: 'A data warehouse is planned' },
      ],
    });
    expect(status()).toBe('Saving…');
    put.flush({ ...draft, missingDimensions: [] });
    await flush();
    expect(status()).toBe('Saved');
  });

  it('keeps what was typed when saving fails and shows why', async () => {
    await open(draft);
    radios('d2')[1].click();
    await flush();
    http
      .expectOne(`/api/cases/${ID}/assessments/t0`)
      .flush(
        { statusCode: 400, message: 'Notes are too long.' },
        { status: 400, statusText: 'Bad Request' },
      );
    await flush();
    expect(status()).toBe('Not saved: Notes are too long.');
    expect(radios('d2')[1].checked).toBe(true);
  });

  it('submits T0 as SUBMIT_ASSESSMENT with the case version, then opens the case', async () => {
    await open({
      ...draft,
      scores: [
        { dimensionId: 'd1', score: 2, notes: '' },
        { dimensionId: 'd2', score: 3, notes: '' },
      ],
      missingDimensions: [],
    });
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    button('Submit assessment').click();
    await flush();
    http.expectOne(`/api/cases/${ID}`).flush({ ...caseFile, version: 5 });
    await flush();
    const event = http.expectOne(`/api/cases/${ID}/events`);
    expect(event.request.method).toBe('POST');
    expect(event.request.body).toEqual({ type: 'SUBMIT_ASSESSMENT', expectedVersion: 5 });
    event.flush({ ...caseFile, version: 6, state: 'agreement.drafting' });
    await flush();
    expect(navigate).toHaveBeenCalledWith(['/cases', ID]);
  });

  it('shows the refusal that names the missing dimensions', async () => {
    await open(draft);
    button('Submit assessment').click();
    await flush();
    http.expectOne(`/api/cases/${ID}`).flush(caseFile);
    await flush();
    http
      .expectOne(`/api/cases/${ID}/events`)
      .flush(
        { statusCode: 422, message: 'Score every dimension first: Data management.' },
        { status: 422, statusText: 'Unprocessable Entity' },
      );
    await flush();
    expect(element.querySelector('.submit [role="alert"]')?.textContent).toContain(
      'Score every dimension first: Data management.',
    );
  });

  it('is read-only when the caller may not edit it', async () => {
    await open({ ...draft, canEdit: false });
    expect(radios('d1')).toHaveLength(0);
    expect(element.querySelector('textarea')).toBeNull();
    expect(element.textContent).toContain('You can read this assessment but not change it.');
    expect(element.textContent).toContain('Paper based');
  });
});
