import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { type CaseAssessmentsResponse } from '@techpact/contracts';
import { I18nService } from '@techpact/web/i18n';
import { CaseAssessmentSection } from './case-assessment-section';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));
const ID = '7d1c1a52-3a57-4f43-9a59-0f0c6f0b9d01';

const overview = {
  caseId: ID,
  t0: { kind: 'T0', status: 'submitted' },
  t1: { kind: 'T1', status: 'notStarted' },
  comparison: [
    { dimensionId: 'd1', dimension: 'Digital readiness', t0: 1, t1: null, difference: null },
    { dimensionId: 'd2', dimension: 'Data management', t0: 4, t1: null, difference: null },
  ],
  suggestions: [
    { dimensionId: 'd1', dimension: 'Digital readiness', score: 1, categories: ['ERP'] },
  ],
} as unknown as CaseAssessmentsResponse;

describe('CaseAssessmentSection', () => {
  let fixture: ComponentFixture<CaseAssessmentSection>;
  let http: HttpTestingController;
  let element: HTMLElement;

  async function render(status = 200): Promise<void> {
    fixture.componentRef.setInput('caseId', ID);
    fixture.componentRef.setInput('state', 'agreement.drafting');
    await settle();
    const request = http.expectOne(`/api/cases/${ID}/assessments`);
    if (status === 200) {
      request.flush(overview);
    } else {
      request.flush({ statusCode: status, message: 'No' }, { status, statusText: 'No' });
    }
    await settle();
    await fixture.whenStable();
  }

  beforeEach(() => {
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    TestBed.inject(I18nService).use('en');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CaseAssessmentSection);
    element = fixture.nativeElement as HTMLElement;
  });

  afterEach(() => http.verify());

  it('links to T0, shows the scores as chart and table, and the suggestions', async () => {
    await render();
    expect(element.textContent).toContain('Baseline (T0): Submitted');
    expect(element.querySelector('a')?.getAttribute('href')).toBe(`/cases/${ID}/assessment/t0`);
    expect(element.querySelector('canvas[role="img"]')).not.toBeNull();
    const rows = [...element.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['Digital readiness', '1', '—', '—'],
      ['Data management', '4', '—', '—'],
    ]);
    expect(element.querySelector('tp-upgrade-suggestions')?.textContent).toContain(
      'Digital readiness (score 1)',
    );
    expect(element.querySelector('tp-upgrade-suggestions')?.textContent).toContain('ERP');
  });

  it('shows nothing to someone who may not read the assessments', async () => {
    await render(403);
    expect(element.querySelector('section')).toBeNull();
  });
});
