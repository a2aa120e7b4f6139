import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Injector, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { Router, provideRouter } from '@angular/router';
import { type CaseSummary, type CompanySummary, type Page, type Role } from '@techpact/contracts';
import { AuthService } from '@techpact/web/auth';
import { I18nService } from '@techpact/web/i18n';
import { openQuickSearch } from './open-quick-search';

const settle = (ms = 0): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const company: CompanySummary = {
  id: 'c1',
  name: 'Aars Plastteknik A/S',
  registrationNumber: '31079195',
  country: 'DK',
  municipality: { id: 'm1', name: 'Vesthimmerland' },
};

function caseRow(id: string, name: string): CaseSummary {
  return {
    id,
    company: { id: `company-${id}`, name, registrationNumber: '12345678', country: 'DK' },
    municipality: { id: 'm1', name: 'Vesthimmerland' },
    coordinator: null,
    experts: [],
    state: 'intake',
    version: 0,
    openedAt: '2026-11-01T09:00:00Z',
    updatedAt: '2026-11-02T09:00:00Z',
    lastEventAt: '2026-11-02T09:00:00Z',
  };
}

const page = <T>(items: T[], total = items.length): Page<T> => ({
  items,
  total,
  limit: 5,
  offset: 0,
});

// Real dialogs in jsdom take several seconds on a busy machine.
describe('QuickSearchDialog', { timeout: 30_000 }, () => {
  let http: HttpTestingController;
  let router: Router;
  let opener: HTMLButtonElement;

  function start(role: Role): void {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: '**', children: [] }]),
        { provide: AuthService, useValue: { role: signal(role) } },
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    TestBed.inject(I18nService).use('en');
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
    opener = document.createElement('button');
    opener.textContent = 'Search';
    document.body.append(opener);
    opener.focus();
  }

  async function open(): Promise<void> {
    openQuickSearch(TestBed.inject(Injector));
    await settle();
    TestBed.tick();
    await settle();
  }

  const dialog = () => document.querySelector<HTMLElement>('mat-dialog-container');
  const input = () => {
    const found = dialog()?.querySelector<HTMLInputElement>('input[role=combobox]');
    if (!found) throw new Error('No search field');
    return found;
  };
  const options = () => [...(dialog()?.querySelectorAll<HTMLElement>('[role=option]') ?? [])];
  const status = () => dialog()?.querySelector('[role=status]')?.textContent?.trim();

  async function type(text: string, wait = 350): Promise<void> {
    input().value = text;
    input().dispatchEvent(new Event('input'));
    await settle(wait);
    TestBed.tick();
  }

  async function key(name: string): Promise<void> {
    input().dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true }));
    await settle();
    TestBed.tick();
  }

  async function answer(companies: CompanySummary[], cases: CaseSummary[], total?: number) {
    http.expectOne((request) => request.url === '/api/companies').flush(page(companies));
    http.expectOne((request) => request.url === '/api/cases').flush(page(cases, total));
    await settle();
    TestBed.tick();
  }

  afterEach(() => {
    http.verify();
    document.querySelector('.cdk-overlay-container')?.replaceChildren();
    opener.remove();
  });

  it('is a labelled combobox that controls a listbox, focused on opening', async () => {
    start('coordinator');
    await open();
    expect(document.activeElement).toBe(input());
    expect(input().getAttribute('aria-autocomplete')).toBe('list');
    expect(input().getAttribute('aria-expanded')).toBe('false');
    expect(
      dialog()
        ?.querySelector(`#${input().getAttribute('aria-controls')}`)
        ?.getAttribute('role'),
    ).toBe('listbox');
    expect(dialog()?.querySelector('label')?.textContent?.trim()).toBe(
      'Company name or CVR number',
    );
    // One character: no request yet.
    await type('a');
  });

  it('searches companies and cases once typing pauses; the latest query wins', async () => {
    start('coordinator');
    await open();
    await type('aar');
    const stale = http.match((request) => request.params.get('q') === 'aar');
    expect(stale).toHaveLength(2);
    await type('aars');
    expect(stale.every((request) => request.cancelled)).toBe(true);
    const companies = http.expectOne('/api/companies?q=aars&limit=5&offset=0');
    companies.flush(page([company]));
    http
      .expectOne('/api/cases?q=aars&limit=5&offset=0&sort=updatedAt&order=desc')
      .flush(page([caseRow('k1', 'Aars Metal ApS'), caseRow('k2', 'Aars Plast')], 7));
    await settle();
    TestBed.tick();

    const groups = [...(dialog()?.querySelectorAll('[role=group]') ?? [])];
    expect(groups.map((group) => group.querySelector('.group-title')?.textContent?.trim())).toEqual(
      ['Companies', 'Cases'],
    );
    expect(options().map((option) => option.querySelector('.label')?.textContent?.trim())).toEqual([
      'Aars Plastteknik A/S',
      'Aars Metal ApS',
      'Aars Plast',
      'All 7 matching cases',
    ]);
    expect(options()[1]?.textContent).toContain('Intake');
    expect(status()).toBe('8 results.');
    expect(input().getAttribute('aria-expanded')).toBe('true');
  });

  it('moves through the results with the arrow keys and opens the active one with Enter', async () => {
    start('coordinator');
    await open();
    await type('aars');
    await answer([company], [caseRow('k1', 'Aars Metal ApS')]);
    expect(input().getAttribute('aria-activedescendant')).toBeNull();

    await key('ArrowDown');
    expect(input().getAttribute('aria-activedescendant')).toBe('qs-company-c1');
    expect(options()[0]?.getAttribute('aria-selected')).toBe('true');
    await key('ArrowDown');
    expect(input().getAttribute('aria-activedescendant')).toBe('qs-case-k1');
    expect(options()[0]?.getAttribute('aria-selected')).toBe('false');
    await key('ArrowDown');
    expect(input().getAttribute('aria-activedescendant')).toBe('qs-company-c1');
    await key('ArrowUp');
    expect(input().getAttribute('aria-activedescendant')).toBe('qs-case-k1');
    expect(document.activeElement).toBe(input());

    await key('Enter');
    await settle();
    expect(router.url).toBe('/cases/k1');
    expect(dialog()).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('closes on Escape and gives focus back to where it was', async () => {
    start('admin');
    await open();
    expect(document.activeElement).toBe(input());
    // The CDK reads the legacy keyCode for Escape, as browsers still send it.
    input().dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', keyCode: 27, bubbles: true }),
    );
    await settle();
    TestBed.tick();
    expect(dialog()).toBeNull();
    expect(document.activeElement).toBe(opener);
  });

  it('searches only the cases of an expert (the API scopes them), and says when nothing matches', async () => {
    start('expert');
    await open();
    expect(dialog()?.querySelector('label')?.textContent?.trim()).toBe(
      'Company name or CVR number of your cases',
    );
    await type('zz');
    http.expectNone((request) => request.url === '/api/companies');
    http.expectOne((request) => request.url === '/api/cases').flush(page([]));
    await settle();
    TestBed.tick();
    expect(options()).toHaveLength(0);
    expect(status()).toBe('Nothing matches “zz”.');
  });

  it('opens only once when asked twice', async () => {
    start('sme');
    await open();
    await open();
    expect(document.querySelectorAll('mat-dialog-container')).toHaveLength(1);
  });
});
