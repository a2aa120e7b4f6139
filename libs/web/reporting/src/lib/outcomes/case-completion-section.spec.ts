import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, signal } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { type CaseOutcomesResponse } from '@techpact/contracts';
import { I18nService } from '@techpact/web/i18n';
import { CaseCompletionSection } from './case-completion-section';

@Component({
  imports: [CaseCompletionSection],
  template: `<tp-case-completion-section
    caseId="case-1"
    [state]="state()"
    (recorded)="recordings.set(recordings() + 1)"
  />`,
})
class Host {
  readonly state = signal('completion');
  readonly recordings = signal(0);
}

const recorded: CaseOutcomesResponse = {
  caseId: 'case-1',
  outcomes: {
    jobsCreated: 2,
    newProducts: 1,
    newProcesses: 0,
    privateInvestmentDkk: 1250000,
    turnoverEffect: 'upTo5Percent',
    closingSummary: 'The cell runs two shifts.',
    recordedAt: '2026-11-02T10:00:00Z',
    recordedBy: { id: 'u1', name: 'Clara Coordinator' },
  },
  canEdit: false,
};

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

describe('CaseCompletionSection', () => {
  let fixture: ComponentFixture<Host>;
  let http: HttpTestingController;
  let element: HTMLElement;

  async function open(answer: CaseOutcomesResponse, state = 'completion'): Promise<void> {
    fixture = TestBed.createComponent(Host);
    fixture.componentInstance.state.set(state);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http.expectOne('/api/cases/case-1/outcomes').flush(answer);
    await settle();
    await fixture.whenStable();
  }

  /** Types into the field with this label, the way a person finds it. */
  function type(label: string, value: string): void {
    const field = [...element.querySelectorAll('mat-form-field')].find(
      (candidate) => candidate.querySelector('mat-label')?.textContent?.trim() === label,
    );
    const input = field?.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea');
    if (!input) throw new Error(`No field ${label}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    TestBed.inject(I18nService).use('en');
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('shows recorded outcomes read-only, with the case report of a completed case', async () => {
    await open(recorded, 'completed');
    expect(element.querySelector('form')).toBeNull();
    const facts = [...element.querySelectorAll('dl > div')].map((div) => [
      div.querySelector('dt')?.textContent?.trim(),
      div.querySelector('dd')?.textContent?.trim(),
    ]);
    expect(facts).toContainEqual(['Private investment (DKK)', '1,250,000']);
    expect(facts).toContainEqual(['Expected turnover effect per year', 'Up to 5 %']);
    expect(element.textContent).toContain('by Clara Coordinator');
    const report = element.querySelector('a[href="/api/cases/case-1/report.pdf"]');
    expect(report?.textContent).toContain('Case report (PDF)');
    expect(element.textContent).not.toContain('Request follow-up assessment');
  });

  it('refuses to send an incomplete form and says what to correct', async () => {
    await open({ caseId: 'case-1', outcomes: null, canEdit: true });
    type('Jobs created', '1.5');
    element.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await fixture.whenStable();
    expect(element.querySelector('[role=alert]')?.textContent).toContain(
      'Some fields need correcting',
    );
    const errors = [...element.querySelectorAll('mat-error')].map((e) => e.textContent?.trim());
    expect(errors).toContain('Use a whole number, 0 or more.');
    expect(errors).toContain('Fill in this field.');
    http.expectNone('/api/cases/case-1/outcomes');
  });

  it('records the outcomes and shows the API field errors next to their fields', async () => {
    await open({ caseId: 'case-1', outcomes: null, canEdit: true });
    type('Jobs created', '3');
    type('New products', '1');
    type('New processes', '0');
    type('Private investment (DKK)', '250.000');
    type('Closing summary', 'New cell.');
    const component = fixture.debugElement.children[0]?.componentInstance as {
      form: () => { controls: { turnoverEffect: { setValue(v: string): void } } } | null;
    };
    component.form()?.controls.turnoverEffect.setValue('none');
    element.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await fixture.whenStable();

    const put = http.expectOne({ method: 'PUT', url: '/api/cases/case-1/outcomes' });
    expect(put.request.body).toEqual({
      jobsCreated: 3,
      newProducts: 1,
      newProcesses: 0,
      privateInvestmentDkk: 250000,
      turnoverEffect: 'none',
      closingSummary: 'New cell.',
    });
    put.flush(
      {
        statusCode: 422,
        message: 'Check the outcomes.',
        details: [{ field: 'jobsCreated', message: 'More jobs than employees.' }],
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await settle();
    await fixture.whenStable();
    expect(element.textContent).toContain('More jobs than employees.');
    expect(fixture.componentInstance.recordings()).toBe(0);

    // Corrected and saved: the case page is told, as the case's version moved on.
    type('Jobs created', '1');
    element.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await fixture.whenStable();
    http
      .expectOne({ method: 'PUT', url: '/api/cases/case-1/outcomes' })
      .flush({ ...recorded, canEdit: true });
    await settle();
    await fixture.whenStable();
    expect(element.textContent).toContain('The outcomes were saved.');
    expect(fixture.componentInstance.recordings()).toBe(1);
  });

  it('asks the expert for the follow-up assessment', async () => {
    await open({ ...recorded, canEdit: true });
    const button = [...element.querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Request follow-up assessment'),
    );
    button?.click();
    http
      .expectOne({ method: 'POST', url: '/api/cases/case-1/follow-up-assessment' })
      .flush({ caseId: 'case-1', notified: [{ id: 'e1', name: 'Erik Expert' }] });
    await settle();
    await fixture.whenStable();
    expect(element.textContent).toContain('Erik Expert was asked for the follow-up (T1)');
  });

  it('stays away when the caller may not read the outcomes', async () => {
    fixture = TestBed.createComponent(Host);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http
      .expectOne('/api/cases/case-1/outcomes')
      .flush({ message: 'No' }, { status: 403, statusText: 'Forbidden' });
    await settle();
    await fixture.whenStable();
    expect(element.querySelector('section')).toBeNull();
  });
});
