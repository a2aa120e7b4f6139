import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { type MeResponse, type ReminderItem, type Role } from '@techpact/contracts';
import { AuthService } from '@techpact/web/auth';
import { I18nService } from '@techpact/web/i18n';
import { RemindersPage } from './reminders-page';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

const reminder = (id: string, status: ReminderItem['status']): ReminderItem => ({
  id,
  caseId: `case-${id}`,
  companyName: `Smedje ${id} ApS`,
  kind: 'signPlease',
  recipient: 'smeSigners',
  recipientName: null,
  dueAt: '2026-12-22T08:00:00Z',
  status,
  closedAt: status === 'scheduled' ? null : '2026-12-22T08:00:05Z',
  activityTitle: null,
});

const me = (role: Role): MeResponse => ({
  id: `${role}-1`,
  email: `${role}@demo.techpact.dk`,
  name: `Demo ${role}`,
  role,
  language: 'en',
  programme: { id: 'p1', name: 'NordVest' },
  municipalities: [],
  company: null,
  organisation: null,
});

// The first render compiles Angular Material on a busy machine: seconds, not ms.
describe('RemindersPage', { timeout: 30_000 }, () => {
  let http: HttpTestingController;

  async function render(role: Role, language: 'en' | 'da' = 'en') {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideNoopAnimations(),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const loading = TestBed.inject(AuthService).load();
    http.expectOne('/api/auth/me').flush(me(role));
    await loading;
    TestBed.inject(I18nService).use(language);
    const fixture = TestBed.createComponent(RemindersPage);
    http
      .expectOne((r) => r.url === '/api/reminders')
      .flush({
        items: [reminder('1', 'scheduled'), reminder('2', 'sent')],
        total: 3,
        limit: 50,
        offset: 0,
      });
    await settle();
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  afterEach(() => http.verify());

  it('lists reminders with their case, kind, recipient and status', async () => {
    const { element } = await render('coordinator');
    const rows = [...element.querySelectorAll('[data-testid=reminder]')];
    expect(rows).toHaveLength(2);
    expect(rows[0]?.querySelector('a')?.getAttribute('href')).toBe('/cases/case-1');
    expect(rows[0]?.textContent).toContain('Please sign');
    expect(rows[0]?.textContent).toContain('Company signers');
    expect(rows[0]?.textContent).toContain('Scheduled');
    expect(rows[1]?.textContent).toContain('Sent');
    expect(element.querySelector('[role=status]')?.textContent).toContain('Showing 2 of 3');
    // The queue health is for admins only.
    expect(element.querySelector('tp-queue-health')).toBeNull();
  });

  it('sends the due-date filter as whole local days', async () => {
    const { fixture, element } = await render('coordinator');
    const [from, to] = [...element.querySelectorAll<HTMLInputElement>('input[type=date]')];
    if (!from || !to) throw new Error('no date inputs');
    from.value = '2026-12-01';
    to.value = '2026-12-31';
    element.querySelector<HTMLFormElement>('form[role=search]')?.dispatchEvent(new Event('submit'));
    const request = http.expectOne((r) => r.url === '/api/reminders');
    expect(request.request.params.get('from')).toBe(new Date('2026-12-01T00:00:00').toISOString());
    expect(request.request.params.get('to')).toBe(new Date('2027-01-01T00:00:00').toISOString());
    expect(request.request.params.get('limit')).toBe('50');
    request.flush({ items: [], total: 0, limit: 50, offset: 0 });
    await settle();
    await fixture.whenStable();
    expect(element.textContent).toContain('No reminders match these filters.');
  });

  it('shows admins the queue counts, the failed jobs of a queue, and retries one', async () => {
    const { fixture, element } = await render('admin', 'da');
    const counts = { waiting: 0, active: 0, delayed: 4, failed: 1, completed: 9 };
    http.expectOne('/api/admin/queues').flush({
      queues: [
        { queue: 'reminders', counts },
        { queue: 'notifications', counts: { ...counts, failed: 0 } },
      ],
    });
    await settle();
    await fixture.whenStable();
    const queues = [...element.querySelectorAll('[data-testid=queue]')];
    expect(queues.map((row) => row.querySelector('th')?.textContent?.trim())).toEqual([
      'reminders',
      'notifications',
    ]);
    expect(element.textContent).toContain('Køernes tilstand');

    element
      .querySelector<HTMLButtonElement>('button[aria-label="Vis de fejlede jobs i reminders"]')
      ?.click();
    http.expectOne('/api/admin/queues/reminders/failed').flush([
      {
        id: 'reminder-x-signPlease-3',
        name: 'fire',
        data: { reminderId: 'r1' },
        failedReason: 'PostgreSQL is away',
        attemptsMade: 5,
        failedAt: '2026-12-22T08:01:00Z',
      },
    ]);
    await settle();
    await fixture.whenStable();
    expect(element.querySelector('[data-testid=failed-job]')?.textContent).toContain(
      'PostgreSQL is away',
    );

    element
      .querySelector<HTMLButtonElement>(
        'button[aria-label="Prøv job reminder-x-signPlease-3 igen"]',
      )
      ?.click();
    http
      .expectOne({
        method: 'POST',
        url: '/api/admin/queues/reminders/jobs/reminder-x-signPlease-3/retry',
      })
      .flush({ id: 'reminder-x-signPlease-3', retried: true });
    await settle();
    http.expectOne('/api/admin/queues').flush({ queues: [{ queue: 'reminders', counts }] });
    await settle();
    http.expectOne('/api/admin/queues/reminders/failed').flush([]);
    await settle();
    await fixture.whenStable();
    expect(element.textContent).toContain('Job reminder-x-signPlease-3 er sat i kø igen.');
  });
});
