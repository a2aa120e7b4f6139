import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import {
  type Activity,
  type AssessmentListItem,
  type CaseSummary,
  type Page,
  type TimeEntry,
  type TimesheetWeek,
} from '@techpact/contracts';
import { I18nService } from '@techpact/web/i18n';
// A test: the week and today are computed by the grid's own helpers.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { currentIsoWeek, localToday } from '@techpact/web/timesheets';
import { MyWorkPage } from './my-work-page';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));
const company = {
  id: 'co1',
  name: 'Farsø Stål ApS',
  registrationNumber: '31000009',
  country: 'DK',
};

function page<T>(items: T[], total = items.length): Page<T> {
  return { items, total, limit: 20, offset: 0 };
}

function day(offset: number): string {
  return new Date(Date.parse(`${localToday()}T00:00:00Z`) + offset * 86_400_000)
    .toISOString()
    .slice(0, 10);
}

function activity(id: string, title: string, status: Activity['status'], target: string): Activity {
  return {
    id,
    caseId: 'case-1',
    company,
    title,
    description: '',
    category: 'automation',
    expert: { id: 'e1', name: 'Expert' },
    plannedHours: 40,
    loggedHours: 12.5,
    expertHours: 12.5,
    smeHours: 0,
    hoursLevel: 'ok',
    targetDate: target,
    status,
    outcomeNotes: null,
    cancelReason: null,
    cancelledAt: null,
    doneAt: null,
    allowedStatuses: [],
    rowVersion: 1,
  };
}

const assessment = (
  kind: 'T0' | 'T1',
  status: AssessmentListItem['status'],
): AssessmentListItem => ({
  caseId: 'case-1',
  caseState: 'assessment.inProgress',
  company,
  municipality: { id: 'm1', name: 'Vesthimmerland' },
  kind,
  status,
  scored: 2,
  total: 6,
  updatedAt: '2026-11-20T10:00:00Z',
  submittedAt: status === 'submitted' ? '2026-11-20T10:00:00Z' : null,
});

function entry(status: TimeEntry['status']): TimeEntry {
  return {
    id: 't1',
    activityId: 'a1',
    caseId: 'case-1',
    user: { id: 'e1', name: 'Expert' },
    personKind: 'expert',
    date: '2026-11-23',
    hours: 7.5,
    note: '',
    status,
    rejectReason: null,
    editable: status === 'draft',
  };
}

function timesheet(week: string): TimesheetWeek {
  return {
    user: { id: 'e1', name: 'Expert' },
    personKind: 'expert',
    week,
    days: [
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
    ],
    rows: [
      {
        activity: {
          id: 'a1',
          title: 'Robot cell',
          caseId: 'case-1',
          company,
          status: 'in_progress',
        },
        cells: [entry('draft'), null, null, null, null, null, null],
        total: 7.5,
      },
    ],
    dayTotals: [7.5, 0, 0, 0, 0, 0, 0],
    total: 7.5,
    yearTotal: 300,
    yearFlagged: false,
    lockedMonths: [],
    canSubmit: true,
  };
}

const caseSummary: CaseSummary = {
  id: 'case-1',
  company,
  municipality: { id: 'm1', name: 'Vesthimmerland' },
  coordinator: null,
  experts: [],
  state: 'implementation',
  version: 4,
  openedAt: '2026-10-01T09:00:00Z',
  updatedAt: '2026-11-20T09:00:00Z',
  lastEventAt: '2026-11-20T09:00:00Z',
};

describe('MyWorkPage', () => {
  let fixture: ComponentFixture<MyWorkPage>;
  let http: HttpTestingController;
  let element: HTMLElement;
  const week = currentIsoWeek();

  async function flush(): Promise<void> {
    await settle();
    await fixture.whenStable();
  }

  function section(id: string): HTMLElement {
    const found = element.querySelector<HTMLElement>(`section[aria-labelledby="${id}"]`);
    if (!found) throw new Error(`No section ${id}`);
    return found;
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    TestBed.inject(I18nService).use('en');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(MyWorkPage);
    element = fixture.nativeElement as HTMLElement;
    await flush();
  });

  afterEach(() => http.verify());

  it('shows assessments to do, activities by urgency, the week and the cases', async () => {
    http
      .expectOne('/api/assessments?limit=100&offset=0')
      .flush(page([assessment('T0', 'draft'), assessment('T1', 'submitted')]));
    http
      .expectOne('/api/activities/mine')
      .flush([
        activity('a1', 'Robot cell', 'in_progress', day(-3)),
        activity('a2', 'Data platform', 'planned', day(5)),
        activity('a3', 'Energy audit', 'in_progress', day(60)),
        activity('a4', 'Planned far out', 'planned', day(60)),
        activity('a5', 'Finished', 'done', day(-30)),
      ]);
    http.expectOne(`/api/timesheets/week?week=${week}`).flush(timesheet(week));
    http
      .expectOne('/api/cases?sort=updatedAt&order=desc&limit=20&offset=0')
      .flush(page([caseSummary], 3));
    await flush();

    const todo = section('work-assessments');
    const links = [...todo.querySelectorAll('a')];
    expect(links).toHaveLength(1);
    expect(links[0].getAttribute('href')).toBe('/cases/case-1/assessment/t0');
    expect(links[0].getAttribute('aria-label')).toBe(
      'Open the Baseline (T0) form for Farsø Stål ApS',
    );
    expect(todo.textContent).toContain('2 of 6 dimensions scored');

    const activities = section('work-activities');
    const groups = [...activities.querySelectorAll('h3')].map((h) => h.textContent?.trim());
    expect(groups).toEqual(['Overdue (1)', 'Due within two weeks (1)', 'In progress (1)']);
    expect(activities.textContent).toContain('Robot cell');
    expect(activities.textContent).not.toContain('Planned far out');
    expect(activities.textContent).not.toContain('Finished');
    expect(activities.textContent).toContain('12.5 of 40 h');
    expect(activities.querySelector('a')?.getAttribute('href')).toBe(
      '/cases/case-1?tab=activities',
    );

    const hours = section('work-week');
    const rows = [...hours.querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(7);
    expect(rows[0].textContent).toContain('Monday');
    expect(rows[0].querySelector('td')?.textContent?.trim()).toBe('7.5');
    expect(hours.querySelector('tfoot')?.textContent).toContain('7.5');
    expect(hours.textContent).toContain('Status of the week: Not submitted');
    const grid = [...hours.querySelectorAll('a')].find((a) =>
      a.textContent?.includes('Log hours for this week'),
    );
    expect(grid?.getAttribute('href')).toBe(`/hours?week=${week}`);

    const cases = section('work-cases');
    expect(cases.querySelector('a')?.getAttribute('href')).toBe('/cases/case-1');
    expect(cases.textContent).toContain('Show all cases');
  });

  it('writes hours in the Danish way when the language is Danish', async () => {
    TestBed.inject(I18nService).use('da');
    http.expectOne('/api/assessments?limit=100&offset=0').flush(page([]));
    http.expectOne('/api/activities/mine').flush([]);
    http.expectOne(`/api/timesheets/week?week=${week}`).flush(timesheet(week));
    http.expectOne('/api/cases?sort=updatedAt&order=desc&limit=20&offset=0').flush(page([]));
    await flush();
    const hours = section('work-week');
    expect(hours.querySelector('tbody tr')?.textContent).toContain('mandag');
    expect(hours.querySelector('tbody td')?.textContent?.trim()).toBe('7,5');
    expect(section('work-assessments').textContent).toContain('Ingen vurdering venter på dig.');
    expect(section('work-activities').textContent).toContain('Du har ingen åbne aktiviteter.');
  });

  it('shows a failed part’s error in its own section and retries only that part', async () => {
    http.expectOne('/api/assessments?limit=100&offset=0').flush(page([]));
    http.expectOne('/api/activities/mine').flush(
      { statusCode: 403, message: 'Only experts have activities of their own.' },
      {
        status: 403,
        statusText: 'Forbidden',
      },
    );
    http.expectOne(`/api/timesheets/week?week=${week}`).flush(timesheet(week));
    http.expectOne('/api/cases?sort=updatedAt&order=desc&limit=20&offset=0').flush(page([]));
    await flush();

    const activities = section('work-activities');
    expect(activities.querySelector('[role=alert]')?.textContent).toContain(
      'Only experts have activities of their own.',
    );
    expect(section('work-week').querySelector('[role=alert]')?.textContent?.trim()).toBe('');

    activities.querySelector<HTMLButtonElement>('[role=alert] button')?.click();
    await flush();
    http
      .expectOne('/api/activities/mine')
      .flush([activity('a1', 'Robot cell', 'in_progress', day(1))]);
    await flush();
    expect(activities.querySelector('[role=alert]')?.textContent?.trim()).toBe('');
    expect(activities.textContent).toContain('Robot cell');
  });
});
