import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import {
  type CaseDetail,
  type CaseTimeEntriesResponse,
  type CaseTimelineEntry,
  type Page,
  type Role,
} from '@techpact/contracts';
import { AuthService } from '@techpact/web/auth';
import { I18nService } from '@techpact/web/i18n';
import { CasePage } from './case-page';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

const ID = '7d1c1a52-3a57-4f43-9a59-0f0c6f0b9d01';

const onHold: CaseDetail = {
  id: ID,
  company: { id: 'c1', name: 'Farsø Stål ApS', registrationNumber: '31000009', country: 'DK' },
  municipality: { id: 'm1', name: 'Vesthimmerland' },
  coordinator: { id: 'u1', name: 'Mette Kristensen' },
  experts: [],
  state: 'onHold',
  version: 3,
  openedAt: '2026-11-01T09:00:00Z',
  updatedAt: '2026-11-02T09:00:00Z',
  lastEventAt: '2026-11-02T09:00:00Z',
  position: { index: 0, step: 'intake', onHold: true, withdrawn: false, completed: false },
  allowedEvents: ['RESUME', 'WITHDRAW'],
  machineVersion: 2,
};

const pause: CaseTimelineEntry = {
  id: 'e1',
  type: 'PAUSE',
  fromState: 'intake',
  toState: 'onHold',
  actor: { id: 'u1', name: 'Mette Kristensen', role: 'coordinator' },
  payload: { reason: 'Moving to a new hall' },
  version: 1,
  createdAt: '2026-11-02T09:00:00Z',
};

const hoursPage: CaseTimeEntriesResponse = {
  items: [
    {
      id: 't1',
      activityId: 'a1',
      activityTitle: 'Robot cell',
      caseId: ID,
      user: { id: 'e1', name: 'Lars Holm' },
      personKind: 'expert',
      date: '2026-11-20',
      hours: 1.25,
      note: 'Layout',
      status: 'draft',
      rejectReason: null,
      editable: true,
    },
  ],
  total: 1,
  limit: 50,
  offset: 0,
  totals: [
    { personKind: 'expert', hours: 7.25, approvedHours: 6 },
    { personKind: 'sme', hours: 2.5, approvedHours: 0 },
  ],
};

function page<T>(items: T[]): Page<T> {
  return { items, total: items.length, limit: 50, offset: 0 };
}

describe('CasePage', () => {
  let fixture: ComponentFixture<CasePage>;
  let http: HttpTestingController;
  let element: HTMLElement;
  const role = signal<Role | null>('coordinator');

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
    document.cookie = 'XSRF-TOKEN=token';
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: AuthService, useValue: { role } },
      ],
    });
    role.set('coordinator');
    TestBed.inject(I18nService).use('en');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CasePage);
    element = fixture.nativeElement as HTMLElement;
    fixture.componentRef.setInput('id', ID);
    await flush();
    http.expectOne(`/api/cases/${ID}`).flush(onHold);
    await flush();
    http.expectOne(`/api/cases/${ID}/timeline?limit=50&offset=0`).flush(page([pause]));
    await flush();
    // The first render compiles Material tabs; on a loaded shared machine it passes 10 s.
  }, 30_000);

  afterEach(() => http.verify());

  function tabNames(): string[] {
    return [...element.querySelectorAll('[role=tab]')].map((tab) => tab.textContent?.trim() ?? '');
  }

  function selectedTab(): string {
    return element.querySelector('[role=tab][aria-selected=true]')?.textContent?.trim() ?? '';
  }

  /** The panel of the selected tab (the others are in the DOM too, empty). */
  function panel(): HTMLElement | null {
    const id = element
      .querySelector('[role=tab][aria-selected=true]')
      ?.getAttribute('aria-controls');
    return id ? (element.ownerDocument.getElementById(id) ?? null) : null;
  }

  async function openTab(name: string): Promise<void> {
    fixture.componentRef.setInput('tab', name);
    await flush();
  }

  it('shows the company, the state, the path, the allowed actions and the timeline', async () => {
    await openTab('timeline');
    expect(element.querySelector('h1')?.textContent).toContain('Farsø Stål ApS');
    expect(element.querySelector('tp-state-chip')?.textContent?.trim()).toBe('On hold');
    expect(element.querySelector('[aria-current="step"]')?.textContent).toContain('Intake');
    const actions = element.querySelector('tp-case-actions');
    expect(
      [...(actions?.querySelectorAll('button') ?? [])].map((b) => b.textContent?.trim()),
    ).toEqual(['Resume', 'Withdraw']);
    const entry = element.querySelector('tp-case-timeline li');
    expect(entry?.textContent).toContain('Put on hold');
    expect(entry?.textContent).toContain('Intake');
    expect(entry?.textContent).toContain('Moving to a new hall');
    expect(entry?.textContent).toContain('Mette Kristensen (Coordinator)');
  });

  it('sends an event without input at once, with the version it shows, then reloads', async () => {
    button('Resume').click();
    await flush();
    const request = http.expectOne(`/api/cases/${ID}/events`);
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({ type: 'RESUME', expectedVersion: 3 });
    expect(element.querySelector('[role=status]')?.textContent).toContain('Sending “Resume”…');
    request.flush({
      ...onHold,
      state: 'intake',
      version: 4,
      position: { ...onHold.position, onHold: false },
      allowedEvents: ['SCHEDULE_ASSESSMENT', 'PAUSE', 'WITHDRAW'],
    });
    await flush();
    http.expectOne(`/api/cases/${ID}/timeline?limit=50&offset=0`).flush(page([pause]));
    await flush();
    expect(element.querySelector('[role=status]')?.textContent).toContain(
      '“Resume” done: the case is now Intake.',
    );
    expect(element.querySelector('tp-state-chip')?.textContent?.trim()).toBe('Intake');
    expect(element.querySelector('.flag')).toBeNull();
  });

  it('shows a refusal in the API’s words beside the buttons', async () => {
    button('Resume').click();
    await flush();
    http
      .expectOne(`/api/cases/${ID}/events`)
      .flush(
        { statusCode: 403, message: 'Only the coordinator may resume a case.' },
        { status: 403, statusText: 'Forbidden' },
      );
    await flush();
    const section = element.querySelector('section[aria-labelledby="case-actions-heading"]');
    expect(section?.querySelector('[role=alert]')?.textContent).toContain(
      'Only the coordinator may resume a case.',
    );
    expect(button('Resume').disabled).toBe(false);
  });

  it('shows the sections as tabs, the overview first, and the tab named in the address', async () => {
    expect(tabNames()).toEqual([
      'Overview',
      'Assessment',
      'Agreement',
      'Activities',
      'Hours',
      'Reminders',
      'Timeline',
    ]);
    expect(selectedTab()).toBe('Overview');
    expect(panel()?.textContent).toContain('Mette Kristensen');

    await openTab('activities');
    expect(selectedTab()).toBe('Activities');
    // Intake: nothing to load yet, and the tab says why.
    expect(panel()?.textContent).toContain('The activities appear once the agreement is in force.');

    await openTab('no-such-tab');
    expect(selectedTab()).toBe('Overview');
  });

  it('puts the chosen tab in the address, replacing the entry', async () => {
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const hours = [...element.querySelectorAll<HTMLElement>('[role=tab]')].find(
      (tab) => tab.textContent?.trim() === 'Hours',
    );
    hours?.click();
    await flush();
    expect(navigate).toHaveBeenCalledWith(
      [],
      expect.objectContaining({
        queryParams: { tab: 'hours' },
        queryParamsHandling: 'merge',
        replaceUrl: true,
      }),
    );
    // The address drives the tab; the stubbed navigation did not change it.
    http.expectOne(`/api/cases/${ID}/time-entries?limit=50&offset=0`).flush(hoursPage);
    await flush();
  });

  it('loads the hours tab only when opened: totals per kind of person and the entries', async () => {
    http.expectNone(`/api/cases/${ID}/time-entries?limit=50&offset=0`);
    await openTab('hours');
    http.expectOne(`/api/cases/${ID}/time-entries?limit=50&offset=0`).flush(hoursPage);
    await flush();
    const hours = panel();
    const totals = [...(hours?.querySelectorAll('table')[0]?.querySelectorAll('tbody tr') ?? [])];
    expect(
      totals.map((row) => [...row.children].map((cell) => cell.textContent?.trim()).join(' ')),
    ).toEqual(['Experts 7.25 6', 'The company (co-financing) 2.5 0']);
    expect(hours?.textContent).toContain('Robot cell');
    expect(hours?.textContent).toContain('Showing 1 of 1');
  });

  it('shows a company user neither the assessment nor the reminders tab', async () => {
    role.set('sme');
    await flush();
    expect(tabNames()).toEqual(['Overview', 'Agreement', 'Activities', 'Hours', 'Timeline']);
  });
});
