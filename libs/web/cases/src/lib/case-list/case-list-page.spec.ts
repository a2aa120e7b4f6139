import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { type CaseSummary, type Page } from '@techpact/contracts';
import { I18nService } from '@techpact/web/i18n';
import { CaseListPage } from './case-list-page';

const settle = (ms = 0): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const row: CaseSummary = {
  id: 'case-1',
  company: {
    id: 'c1',
    name: 'Aars Plastteknik A/S',
    registrationNumber: '31079195',
    country: 'DK',
  },
  municipality: { id: 'm1', name: 'Vesthimmerland' },
  coordinator: null,
  experts: [],
  state: 'assessment.scheduled',
  version: 1,
  openedAt: '2026-11-01T09:00:00Z',
  updatedAt: '2026-11-02T09:00:00Z',
  lastEventAt: '2026-11-02T09:00:00Z',
};

function page(items: CaseSummary[]): Page<CaseSummary> {
  return { items, total: items.length, limit: 25, offset: 0 };
}

describe('CaseListPage', () => {
  let fixture: ComponentFixture<CaseListPage>;
  let http: HttpTestingController;
  let element: HTMLElement;

  async function flush(ms = 0): Promise<void> {
    await settle(ms);
    await fixture.whenStable();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    TestBed.inject(I18nService).use('en');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(CaseListPage);
    element = fixture.nativeElement as HTMLElement;
    await flush();
    http.expectOne('/api/cases/views').flush([]);
    http.expectOne('/api/cases?sort=updatedAt&order=desc&limit=25&offset=0').flush(page([row]));
    await flush();
    // Rendering the page with its saved views and menus takes seconds on a busy machine.
  }, 30_000);

  afterEach(() => http.verify());

  it('lists cases with the translated state as a chip', () => {
    const cells = [...element.querySelectorAll('tbody tr td')].map((td) => td.textContent?.trim());
    expect(cells[0]).toContain('Aars Plastteknik A/S');
    expect(cells[0]).toContain('31079195');
    expect(cells[1]).toBe('Vesthimmerland');
    expect(element.querySelector('tbody tp-state-chip')?.textContent?.trim()).toBe(
      'Assessment scheduled',
    );
    expect(cells[3]).toBe('Not assigned');
    expect(element.querySelector('tbody a')?.getAttribute('href')).toBe('/cases/case-1');
  });

  it('searches after the person stops typing, from the first page', async () => {
    const input = element.querySelector<HTMLInputElement>('input[type=search]');
    if (!input) throw new Error('No search field');
    input.value = '3107';
    input.dispatchEvent(new Event('input'));
    input.value = '31079';
    input.dispatchEvent(new Event('input'));
    await flush(350);
    http
      .expectOne('/api/cases?sort=updatedAt&order=desc&limit=25&offset=0&q=31079')
      .flush(page([row]));
    await flush();
  });

  it('says so when nothing matches', async () => {
    const input = element.querySelector<HTMLInputElement>('input[type=search]');
    if (!input) throw new Error('No search field');
    input.value = 'nobody';
    input.dispatchEvent(new Event('input'));
    await flush(350);
    http.expectOne((request) => request.params.get('q') === 'nobody').flush(page([]));
    await flush();
    expect(element.textContent).toContain('No cases match these filters.');
  });
});

describe('CaseListPage opened from a dashboard link', () => {
  let fixture: ComponentFixture<CaseListPage>;
  let http: HttpTestingController;
  let router: Router;
  let element: HTMLElement;

  async function flush(ms = 0): Promise<void> {
    await settle(ms);
    await fixture.whenStable();
  }

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    TestBed.inject(I18nService).use('en');
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    await router.navigateByUrl(
      '/?state=intake,onHold&stage=agreement&from=2026-01-01&to=2026-06-30&agreementSigned=true',
    );
    fixture = TestBed.createComponent(CaseListPage);
    element = fixture.nativeElement as HTMLElement;
    await flush();
    http.expectOne('/api/cases/views').flush([]);
  }, 30_000);

  afterEach(() => http.verify());

  it('reads every filter of the address and passes the dashboard ones on to the API', async () => {
    const request = http.expectOne((candidate) => candidate.url === '/api/cases');
    expect(request.request.params.getAll('state')).toEqual(['intake', 'onHold']);
    expect(request.request.params.getAll('stage')).toEqual(['agreement']);
    expect(request.request.params.get('from')).toBe('2026-01-01');
    expect(request.request.params.get('to')).toBe('2026-06-30');
    expect(request.request.params.get('agreementSigned')).toBe('true');
    request.flush(page([row]));
    await flush();
    expect(element.querySelector('.extra-filters')?.textContent).toBe(
      'Also filtered by: period 1 Jan 2026 – 30 Jun 2026; stage Agreement; agreement signed',
    );
    expect(router.url).toContain('stage=agreement');
    expect(router.url).toContain('agreementSigned=true');
  });

  it('follows a later link to the list and clears the passed-on filters with the others', async () => {
    http.expectOne((candidate) => candidate.url === '/api/cases').flush(page([row]));
    await flush();

    await router.navigateByUrl('/?stage=completed');
    await flush();
    const next = http.expectOne((candidate) => candidate.url === '/api/cases');
    expect(next.request.params.getAll('stage')).toEqual(['completed']);
    expect(next.request.params.has('from')).toBe(false);
    expect(next.request.params.has('state')).toBe(false);
    next.flush(page([row]));
    await flush();

    const clear = [...element.querySelectorAll('button')].find((button) =>
      button.textContent?.includes('Clear filters'),
    );
    clear?.click();
    await flush();
    http.expectOne('/api/cases?sort=updatedAt&order=desc&limit=25&offset=0').flush(page([]));
    await flush();
    expect(element.querySelector('.extra-filters')).toBeNull();
    expect(router.url).toBe('/');
  });
});
