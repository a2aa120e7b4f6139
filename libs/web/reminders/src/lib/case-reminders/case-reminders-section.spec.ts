import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { type Page, type ReminderItem } from '@techpact/contracts';
import { I18nService } from '@techpact/web/i18n';
import { CaseRemindersSection } from './case-reminders-section';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));
const ID = '7d1c1a52-3a57-4f43-9a59-0f0c6f0b9d01';

const scheduled: ReminderItem = {
  id: 'r1',
  caseId: ID,
  companyName: 'Farsø Stål ApS',
  kind: 'activityDueSoon',
  recipient: 'activityExpert',
  recipientName: 'Lars Holm',
  dueAt: '2026-12-01T08:00:00Z',
  status: 'scheduled',
  closedAt: null,
  activityTitle: 'Robot cell',
};

describe('CaseRemindersSection', () => {
  async function render(answer: (http: HttpTestingController) => void): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    TestBed.inject(I18nService).use('en');
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(CaseRemindersSection);
    fixture.componentRef.setInput('caseId', ID);
    fixture.componentRef.setInput('state', 'implementation');
    await fixture.whenStable();
    answer(http);
    await settle();
    await fixture.whenStable();
    http.verify();
    return fixture.nativeElement as HTMLElement;
  }

  it('lists the case’s reminders with who they go to and their status', async () => {
    const element = await render((http) => {
      const request = http.expectOne(
        (r) => r.url === '/api/reminders' && r.params.get('caseId') === ID,
      );
      expect(request.request.params.get('limit')).toBe('100');
      request.flush({
        items: [scheduled],
        total: 1,
        limit: 100,
        offset: 0,
      } satisfies Page<ReminderItem>);
    });
    const row = element.querySelector('tbody tr');
    expect(row?.textContent).toContain('Activity due soon');
    expect(row?.textContent).toContain('Robot cell');
    expect(row?.textContent).toContain('Lars Holm');
    expect(row?.textContent).toContain('Scheduled');
  });

  it('shows the API’s refusal in words', async () => {
    const element = await render((http) =>
      http
        .expectOne((r) => r.url === '/api/reminders')
        .flush(
          { statusCode: 403, message: 'Only coordinators and admins see reminders.' },
          { status: 403, statusText: 'Forbidden' },
        ),
    );
    expect(element.querySelector('[role=alert]')?.textContent).toContain(
      'Only coordinators and admins see reminders.',
    );
  });
});
