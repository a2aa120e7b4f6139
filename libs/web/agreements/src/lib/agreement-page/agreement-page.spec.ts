import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import {
  type AgreementOverview,
  type AgreementVersionDetail,
  type CaseDetail,
  type Page,
  type UserResponse,
} from '@techpact/contracts';
import { I18nService } from '@techpact/web/i18n';
import { AgreementPage } from './agreement-page';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));
const ID = '7d1c1a52-3a57-4f43-9a59-0f0c6f0b9d01';
const company = { id: 'c1', name: 'Farsø Stål ApS', registrationNumber: '31000009', country: 'DK' };

const caseFile: CaseDetail = {
  id: ID,
  company,
  municipality: { id: 'm1', name: 'Vesthimmerland' },
  coordinator: { id: 'u1', name: 'Mette Kristensen' },
  experts: [],
  state: 'agreement.drafting',
  version: 5,
  openedAt: '2026-11-01T09:00:00Z',
  updatedAt: '2026-11-02T09:00:00Z',
  lastEventAt: '2026-11-02T09:00:00Z',
  position: { index: 2, step: 'agreement', onHold: false, withdrawn: false, completed: false },
  allowedEvents: ['SEND_FOR_SIGNATURE', 'PAUSE', 'WITHDRAW'],
  machineVersion: 2,
};

const overview: AgreementOverview = {
  caseId: ID,
  inForceNumber: null,
  draftNumber: 1,
  versions: [
    {
      id: 'v1',
      number: 1,
      status: 'draft',
      title: 'Smarter welding',
      amendsVersionNumber: null,
      documentHash: null,
      sentAt: null,
      inForceAt: null,
      totalPlannedHours: 130,
      upgradeCount: 2,
    },
  ],
};

const draft: AgreementVersionDetail = {
  ...overview.versions[0],
  caseId: ID,
  company,
  summary: 'Two upgrades',
  goals: 'Less scrap',
  ndaClause: null,
  upgrades: [
    {
      id: 'g1',
      lineageId: 'l1',
      position: 0,
      title: 'Robot welding cell',
      description: '',
      category: 'Automation',
      expert: { id: 'e1', name: 'Anna Holm' },
      plannedHours: 100,
      targetDate: '2027-03-01',
      suggestionKey: null,
    },
    {
      id: 'g2',
      lineageId: 'l2',
      position: 1,
      title: 'Shop-floor data',
      description: '',
      category: 'Data',
      expert: null,
      plannedHours: 30,
      targetDate: null,
      suggestionKey: null,
    },
  ],
  signers: [],
  hoursByExpert: [],
  budgetHours: 120,
  suggestions: [],
  signerCandidates: [{ contactId: 'k1', userId: null, name: 'Jens Jensen', email: 'jj@f.dk' }],
  countersignedAt: null,
  countersignedBy: null,
  canEdit: true,
  rowVersion: 3,
  hasSignedPdf: false,
};

const experts: Page<UserResponse> = { items: [], total: 0, limit: 200, offset: 0 };

describe('AgreementPage', () => {
  let fixture: ComponentFixture<AgreementPage>;
  let http: HttpTestingController;
  let element: HTMLElement;

  async function flush(): Promise<void> {
    await settle();
    await fixture.whenStable();
  }

  function button(name: string): HTMLButtonElement {
    const found = [...element.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === name,
    );
    if (!found) throw new Error(`No button ${name}`);
    return found;
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    TestBed.inject(I18nService).use('en');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AgreementPage);
    element = fixture.nativeElement as HTMLElement;
    fixture.componentRef.setInput('id', ID);
    await flush();
    http.expectOne(`/api/cases/${ID}`).flush(caseFile);
    await flush();
    http.expectOne(`/api/cases/${ID}/agreement`).flush(overview);
    await flush();
    http.expectOne(`/api/cases/${ID}/agreement/draft`).flush(draft);
    await flush();
    http.expectOne((r) => r.url === '/api/users').flush(experts);
    await flush();
  });

  afterEach(() => http.verify());

  it('shows the draft editor with what is missing and the hours against the budget', () => {
    const title = element.querySelector<HTMLInputElement>('input[formcontrolname="title"]');
    expect(title?.value).toBe('Smarter welding');
    const rows = [...element.querySelectorAll('tp-upgrades-editor tbody tr')];
    expect(rows).toHaveLength(2);
    expect(rows[1].textContent).toContain('Missing');
    const budget = element.querySelector('tp-hours-budget-panel');
    expect(budget?.textContent).toContain('130 of 120 hours planned');
    expect(budget?.textContent).toContain('10 hours over the budget.');
    expect(budget?.textContent).toContain('Anna Holm');
    expect(budget?.textContent).toContain('No expert yet');
    expect(element.querySelector('tp-signers-picker')?.textContent).toContain('Jens Jensen');
  });

  it('sends SEND_FOR_SIGNATURE and shows the refusal beside the button', async () => {
    button('Send for signature').click();
    await flush();
    const request = http.expectOne(`/api/cases/${ID}/events`);
    expect(request.request.body).toEqual({ type: 'SEND_FOR_SIGNATURE', expectedVersion: 5 });
    request.flush(
      {
        statusCode: 422,
        error: 'Unprocessable Entity',
        message: 'Shop-floor data has no responsible expert and no target date.',
      },
      { status: 422, statusText: 'Unprocessable Entity' },
    );
    await flush();
    expect(element.querySelector('#send-error')?.textContent).toContain(
      'Shop-floor data has no responsible expert and no target date.',
    );
  });

  it('keeps the typed text when a save is refused as stale, and offers a reload', async () => {
    const title = element.querySelector<HTMLInputElement>('input[formcontrolname="title"]');
    if (!title) throw new Error('No title');
    title.value = 'Smarter welding and data';
    title.dispatchEvent(new Event('input'));
    await flush();
    button('Save draft').click();
    await flush();
    const request = http.expectOne(`/api/cases/${ID}/agreement/draft`);
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toMatchObject({
      title: 'Smarter welding and data',
      expectedRowVersion: 3,
    });
    request.flush(
      { statusCode: 409, error: 'Conflict', message: 'The draft was changed by someone else.' },
      { status: 409, statusText: 'Conflict' },
    );
    await flush();
    expect(title.value).toBe('Smarter welding and data');
    expect(element.textContent).toContain('The draft was changed by someone else.');
    expect(button('Reload the draft')).toBeTruthy();
  });
});
