import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { type TimesheetWeek } from '@techpact/contracts';
import { I18nService } from '@techpact/web/i18n';
import { HoursPage } from './hours-page';
import { weekDays } from './iso-week';

const WEEK = '2026-W47';

function sheet(): TimesheetWeek {
  const days = weekDays(WEEK);
  const activity = (id: string, title: string): TimesheetWeek['rows'][number]['activity'] => ({
    id,
    title,
    caseId: 'c1',
    company: { id: 'co1', name: 'Aalborg Steel', registrationNumber: '1', country: 'DK' },
    status: 'in_progress',
  });
  return {
    user: { id: 'u1', name: 'Henrik' },
    personKind: 'expert',
    week: WEEK,
    days,
    rows: [
      {
        activity: activity('a1', 'Vision inspection'),
        cells: days.map((date, i) =>
          i === 0
            ? {
                id: 'e1',
                activityId: 'a1',
                caseId: 'c1',
                user: { id: 'u1', name: 'Henrik' },
                personKind: 'expert',
                date,
                hours: 2,
                note: '',
                status: 'approved',
                rejectReason: null,
                editable: false,
              }
            : null,
        ),
        total: 2,
      },
      { activity: activity('a2', 'MES pilot'), cells: days.map(() => null), total: 0 },
    ],
    dayTotals: [2, 0, 0, 0, 0, 0, 0],
    total: 2,
    yearTotal: 1800,
    yearFlagged: true,
    lockedMonths: [],
    canSubmit: true,
  };
}

describe('HoursPage', () => {
  let fixture: ComponentFixture<HoursPage>;
  let http: HttpTestingController;

  const cell = (row: number, col: number): HTMLInputElement =>
    fixture.nativeElement.querySelector(`#hours-cell-${row}-${col}`);

  async function type(input: HTMLInputElement, text: string): Promise<void> {
    input.value = text;
    input.dispatchEvent(new Event('change'));
    fixture.detectChanges();
    await fixture.whenStable();
  }

  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 22, 12, 0));
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    TestBed.inject(I18nService).use('en');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(HoursPage);
    fixture.componentRef.setInput('week', WEEK);
    fixture.detectChanges();
    http.expectOne((req) => req.url === '/api/timesheets/week').flush(sheet());
    await fixture.whenStable();
    fixture.detectChanges();
  });

  afterEach(() => vi.useRealTimers());

  it('shows approved hours read-only with the reason, and the flagged year', () => {
    const approved = cell(0, 0);
    expect(approved.readOnly).toBe(true);
    expect(approved.value).toBe('2');
    const note = fixture.nativeElement.querySelector(
      `#${approved.getAttribute('aria-describedby')}`,
    );
    expect(note.textContent.trim()).toBe('Approved');
    expect(fixture.nativeElement.textContent).toContain('Above 1720 hours this year');
    expect(cell(1, 0).getAttribute('aria-label')).toBe(
      'Hours for MES pilot (Aalborg Steel) on Monday, 16 November 2026',
    );
  });

  it('saves a typed cell and adds it to the totals', async () => {
    await type(cell(1, 1), '1,5');
    const put = http.expectOne('/api/timesheets/cell');
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toEqual({ activityId: 'a2', date: '2026-11-17', hours: 1.5 });
    put.flush({});
    await fixture.whenStable();
    fixture.detectChanges();
    expect(cell(1, 1).value).toBe('1.5');
    const footer = fixture.nativeElement.querySelector('tfoot tr');
    expect(footer.textContent.replace(/\s+/g, ' ')).toContain('Total per day 2 1.5 0 0 0 0 0 3.5');
  });

  it('keeps what was typed and says why next to the cell when it is not hours', async () => {
    await type(cell(1, 2), '1:20');
    http.expectNone('/api/timesheets/cell');
    const input = cell(1, 2);
    expect(input.value).toBe('1:20');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const note = fixture.nativeElement.querySelector(`#${input.getAttribute('aria-describedby')}`);
    expect(note.textContent).toContain('quarter hours');
  });

  it('keeps the typed value and shows the API message when saving fails', async () => {
    await type(cell(1, 3), '20');
    http
      .expectOne('/api/timesheets/cell')
      .flush(
        { statusCode: 422, message: 'At most 24 hours a day: 26 with this entry.' },
        { status: 422, statusText: 'Unprocessable' },
      );
    await fixture.whenStable();
    fixture.detectChanges();
    expect(cell(1, 3).value).toBe('20');
    expect(fixture.nativeElement.textContent).toContain('At most 24 hours a day');
    const submit = [...fixture.nativeElement.querySelectorAll('button')].find(
      (button: HTMLButtonElement) => button.textContent?.includes('Submit week'),
    ) as HTMLButtonElement;
    expect(submit.disabled).toBe(true);
  });

  it('moves down with Enter and right with the caret at the end', () => {
    const start = cell(0, 2);
    start.focus();
    start.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(document.activeElement).toBe(cell(1, 2));
    cell(1, 2).value = '3';
    cell(1, 2).setSelectionRange(1, 1);
    cell(1, 2).dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    expect(document.activeElement).toBe(cell(1, 3));
  });
});
