import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import {
  type Activity,
  type AgreementOverview,
  type CaseDetail,
  type Page,
  type PendingSignature,
} from '@techpact/contracts';
import { I18nService } from '@techpact/web/i18n';
// A test: the week the page links to is computed by the grid's own helper.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { currentIsoWeek } from '@techpact/web/timesheets';
import { MyCasePage } from './my-case-page';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));
const ID = '7d1c1a52-3a57-4f43-9a59-0f0c6f0b9d01';
const company = {
  id: 'co1',
  name: 'Farsø Stål ApS',
  registrationNumber: '31000009',
  country: 'DK',
};

const base: CaseDetail = {
  id: ID,
  company,
  municipality: { id: 'm1', name: 'Vesthimmerland' },
  coordinator: { id: 'u1', name: 'Mette Kristensen' },
  experts: [],
  state: 'implementation',
  version: 7,
  openedAt: '2026-09-01T09:00:00Z',
  updatedAt: '2026-11-02T09:00:00Z',
  lastEventAt: '2026-11-02T09:00:00Z',
  position: { index: 3, step: 'implementation', onHold: false, withdrawn: false, completed: false },
  allowedEvents: [],
  machineVersion: 2,
};

const activity: Activity = {
  id: 'a1',
  caseId: ID,
  company,
  title: 'Robot welding cell',
  description: '',
  category: 'automation',
  expert: { id: 'e1', name: 'Lars Holm' },
  plannedHours: 40,
  loggedHours: 30.5,
  expertHours: 24,
  smeHours: 6.5,
  hoursLevel: 'ok',
  targetDate: '2027-02-01',
  status: 'in_progress',
  outcomeNotes: null,
  cancelReason: null,
  cancelledAt: null,
  doneAt: null,
  allowedStatuses: [],
  rowVersion: 2,
};

const inForce: AgreementOverview = {
  caseId: ID,
  inForceNumber: 2,
  draftNumber: null,
  versions: [
    {
      id: 'v2',
      number: 2,
      status: 'in_force',
      title: 'Automation',
      amendsVersionNumber: 1,
      documentHash: 'abc',
      sentAt: '2026-10-01T09:00:00Z',
      inForceAt: '2026-10-05T09:00:00Z',
      totalPlannedHours: 40,
      upgradeCount: 1,
    },
  ],
};

const summaryPage = (items: CaseDetail[]): Page<CaseDetail> => ({
  items,
  total: items.length,
  limit: 5,
  offset: 0,
});

describe('MyCasePage', () => {
  let fixture: ComponentFixture<MyCasePage>;
  let http: HttpTestingController;
  let element: HTMLElement;

  async function flush(): Promise<void> {
    await settle();
    await fixture.whenStable();
  }

  async function open(
    caseFile: CaseDetail,
    pending: PendingSignature[],
    overview: AgreementOverview,
    activities: Activity[],
  ): Promise<void> {
    http
      .expectOne('/api/cases?sort=updatedAt&order=desc&limit=5&offset=0')
      .flush(summaryPage([caseFile]));
    http.expectOne('/api/me/signatures').flush(pending);
    await flush();
    http.expectOne(`/api/cases/${ID}`).flush(caseFile);
    http.expectOne(`/api/cases/${ID}/agreement`).flush(overview);
    http.expectOne(`/api/cases/${ID}/activities`).flush(activities);
    await flush();
  }

  function section(heading: string): HTMLElement {
    const found = [...element.querySelectorAll<HTMLElement>('section')].find(
      (s) => s.querySelector('h3')?.textContent?.trim() === heading,
    );
    if (!found) throw new Error(`No section ${heading}`);
    return found;
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    TestBed.inject(I18nService).use('en');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(MyCasePage);
    element = fixture.nativeElement as HTMLElement;
    await flush();
  });

  afterEach(() => http.verify());

  it('asks to log hours while activities are open, and shows the signed agreement and progress', async () => {
    await open(base, [], inForce, [activity]);
    expect(element.querySelector('h2')?.textContent).toContain('Case of Farsø Stål ApS');
    const now = section('What we need from you now');
    expect(now.textContent).toContain('Log the hours your company spends');
    expect(now.querySelector('a')?.getAttribute('href')).toBe(`/hours?week=${currentIsoWeek()}`);

    const where = section('Where the case stands');
    expect(where.querySelector('[aria-current="step"]')?.textContent).toContain('Implementation');

    const agreement = section('Signed agreement');
    expect(agreement.textContent).toContain('Version 2 is in force since');
    const download = agreement.querySelector('a[download]');
    expect(download?.getAttribute('href')).toBe(`/api/cases/${ID}/agreement/versions/2/signed.pdf`);

    const progress = section('Progress of the activities');
    expect(progress.querySelector('h4')?.textContent).toContain('Robot welding cell');
    expect(progress.textContent).toContain('Status: In progress');
    expect(progress.textContent).toContain('Hours logged: 30.5 of 40 planned');
    expect(progress.querySelector('mat-progress-bar')?.getAttribute('aria-valuenow')).toBe('76');
  });

  it('asks to sign first when a version waits for the user’s signature', async () => {
    const awaiting: CaseDetail = {
      ...base,
      state: 'agreement.awaitingSignature',
      position: { ...base.position, index: 2, step: 'agreement' },
    };
    const pending: PendingSignature = {
      caseId: ID,
      company,
      versionNumber: 1,
      title: 'Automation',
      sentAt: '2026-10-01T09:00:00Z',
      linkExpiresAt: null,
    };
    await open(awaiting, [pending], { ...inForce, inForceNumber: null, versions: [] }, []);
    const now = section('What we need from you now');
    expect(now.textContent).toContain(
      'Please read and sign the agreement “Automation” (version 1).',
    );
    expect(now.querySelector('a')?.getAttribute('href')).toBe(
      `/cases/${ID}/agreement/versions/1/sign`,
    );
    expect(section('Signed agreement').textContent).toContain('No agreement is in force yet.');
    expect(section('Progress of the activities').textContent).toContain(
      'The activities appear here once the agreement is in force.',
    );
  });

  it('says when nothing is expected, and when the company has no case', async () => {
    await open(
      {
        ...base,
        state: 'completion',
        position: { ...base.position, index: 4, step: 'completion' },
      },
      [],
      inForce,
      [{ ...activity, status: 'done' }],
    );
    expect(section('What we need from you now').textContent).toContain('Nothing right now.');
  });

  it('says so when the company has no case yet', async () => {
    http.expectOne('/api/cases?sort=updatedAt&order=desc&limit=5&offset=0').flush(summaryPage([]));
    http.expectOne('/api/me/signatures').flush([]);
    await flush();
    expect(element.textContent).toContain('Your company has no case in the programme yet.');
  });
});
