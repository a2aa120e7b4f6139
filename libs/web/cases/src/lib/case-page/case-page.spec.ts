import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { type CaseDetail, type CaseTimelineEntry, type Page } from '@techpact/contracts';
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

function page<T>(items: T[]): Page<T> {
  return { items, total: items.length, limit: 50, offset: 0 };
}

describe('CasePage', () => {
  let fixture: ComponentFixture<CasePage>;
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
    document.cookie = 'XSRF-TOKEN=token';
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
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
  });

  afterEach(() => http.verify());

  it('shows the company, the state, the path, the allowed actions and the timeline', () => {
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
});
