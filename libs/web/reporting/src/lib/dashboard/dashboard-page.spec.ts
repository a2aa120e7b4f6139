import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { type CountWithTarget, type DashboardResponse } from '@techpact/contracts';
import { I18nService } from '@techpact/web/i18n';
import { DashboardPage } from './dashboard-page';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));
const count = (value: number, target: number | null, filter: string): CountWithTarget => ({
  value,
  target,
  cases: { [filter]: 'true', from: '2026-01-01' },
});

const data: DashboardResponse = {
  query: { from: '2026-01-01' },
  municipality: null,
  funnel: [
    { state: 'intake', count: 4, cases: { stage: 'intake', from: '2026-01-01' } },
    { state: 'agreement', count: 2, cases: { stage: 'agreement', from: '2026-01-01' } },
  ],
  agreementsSigned: count(12, 32, 'agreementSigned'),
  activities: {
    identified: count(40, 100, 'activity'),
    started: count(30, 100, 'activity'),
    done: count(20, 100, 'activity'),
  },
  hours: { expert: count(812.5, 2000, 'hours'), sme: count(300, null, 'hours') },
  jobsCreated: count(5, 20, 'jobsCreated'),
  companiesWithNewProducts: count(3, 25, 'newProducts'),
  stageDurations: [{ stage: 'intake', averageDays: 9.5, cases: 4 }],
  assessmentChange: [],
  attention: {
    overdueReminders: [],
    staleCases: [
      {
        caseId: 'case-7',
        company: {
          id: 'c7',
          name: 'Thisted Stål ApS',
          registrationNumber: '12345674',
          country: 'DK',
        },
        state: 'implementation',
        since: '2026-09-01T08:00:00Z',
        detail: 'No event for 83 days',
      },
    ],
    awaitingSignature: [],
  },
};

describe('DashboardPage', () => {
  it('loads the figures of the address and links every number to its cases', async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    TestBed.inject(I18nService).use('en');
    const http = TestBed.inject(HttpTestingController);
    await TestBed.inject(Router).navigateByUrl('/?from=2026-01-01');
    const fixture = TestBed.createComponent(DashboardPage);
    const element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();

    http.expectOne('/api/dashboard?from=2026-01-01').flush(data);
    await settle();
    await fixture.whenStable();

    const headings = [...element.querySelectorAll('h2')].map((h) => h.textContent?.trim());
    // What needs the coordinator comes before the figures.
    expect(headings[0]).toBe('Needs attention');
    expect(headings).toContain('Cases per state');
    expect(headings).toContain('Approved hours against budget');
    const funnel = element.querySelector('tp-funnel-chart ul a');
    expect(funnel?.getAttribute('href')).toBe('/cases?stage=intake&from=2026-01-01');
    expect(funnel?.getAttribute('aria-label')).toBe('Intake: 4, show the cases');
    const hours = [...element.querySelectorAll('tp-bar-chart ul li')].find((li) =>
      li.textContent?.includes('Expert hours'),
    );
    expect(hours?.querySelector('.value')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      '812.5 of 2,000 h',
    );
    const stale = element.querySelector('tp-attention-list a[href="/cases/case-7"]');
    expect(stale?.textContent).toBe('Thisted Stål ApS');
    http.verify();
  });
});
