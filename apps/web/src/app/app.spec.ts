import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { type MeResponse, type Role } from '@techpact/contracts';
import { AuthService } from '@techpact/web/auth';
import { I18nService } from '@techpact/web/i18n';
import { App } from './app';

const EXPECTED: Record<Role, string[]> = {
  admin: [
    'Dashboard',
    'Cases',
    'Companies',
    'Reports',
    'Programmes',
    'Municipalities',
    'Users',
    'Reminders',
    'Mailbox',
  ],
  coordinator: ['Dashboard', 'Cases', 'Companies', 'Approvals', 'Reports', 'Reminders', 'Mailbox'],
  expert: ['My work', 'My assessments', 'Cases', 'Hours'],
  sme: ['My case', 'Hours'],
};

function meAs(role: Role): MeResponse {
  return {
    id: `${role}-1`,
    email: `${role}@demo.techpact.dk`,
    name: `Demo ${role}`,
    role,
    language: 'en',
    programme: { id: 'p1', name: 'NordVest Smart Production' },
    municipalities: [],
    company: null,
    organisation: null,
  };
}

describe('App shell', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [App],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
  });

  // The bell's unread count is its own spec's business (libs/web/notifications).
  afterEach(() => {
    http.match('/api/notifications/unread-count');
    http.verify();
  });

  async function render(session: MeResponse | null): Promise<HTMLElement> {
    const auth = TestBed.inject(AuthService);
    const loading = auth.load();
    const request = http.expectOne('/api/auth/me');
    if (session) {
      request.flush(session);
    } else {
      request.flush(
        { statusCode: 401, error: 'Unauthorized', message: 'Not logged in' },
        { status: 401, statusText: 'Unauthorized' },
      );
    }
    await loading;
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  function navLabels(element: HTMLElement): string[] {
    return [...element.querySelectorAll('nav[data-testid=nav] a')].map(
      (a) => a.textContent?.trim() ?? '',
    );
  }

  it.each(Object.keys(EXPECTED) as Role[])('shows the %s navigation', async (role) => {
    const element = await render(meAs(role));
    expect(navLabels(element)).toEqual(EXPECTED[role]);
  });

  it('has header, labelled nav and main landmarks', async () => {
    const element = await render(meAs('coordinator'));
    expect(element.querySelector('header')).not.toBeNull();
    expect(element.querySelector('main#main')).not.toBeNull();
    const nav = element.querySelectorAll('nav, [role=navigation]');
    expect(nav).toHaveLength(1);
    expect(nav[0].getAttribute('aria-label')).toBe('Main navigation');
  });

  it('shows no navigation or user menu when logged out', async () => {
    const element = await render(null);
    expect(element.querySelector('nav')).toBeNull();
    expect(element.querySelector('tp-user-menu')).toBeNull();
    expect(element.querySelector('tp-language-switch')).not.toBeNull();
  });

  it('shows navigation labels in Danish after a language switch, and saves the choice', async () => {
    document.cookie = 'XSRF-TOKEN=token';
    const element = await render(meAs('sme'));
    element.querySelector<HTMLButtonElement>('button[aria-label="Dansk"]')?.click();
    await new Promise((resolve) => setTimeout(resolve));

    const patch = http.expectOne('/api/auth/me');
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({ language: 'da' });
    patch.flush({ ...meAs('sme'), language: 'da' });

    // The Danish texts are a lazy chunk: wait for them to arrive, then for the re-render.
    for (let i = 0; i < 100 && document.documentElement.lang !== 'da'; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(document.documentElement.lang).toBe('da');
    expect(TestBed.inject(I18nService).language()).toBe('da');
    expect(navLabels(element)).toEqual(['Min sag', 'Timer']);
  });

  describe('quick search', () => {
    const overlay = () => document.querySelector('.cdk-overlay-container');
    const dialog = async (): Promise<Element | null> => {
      // The dialog's code is loaded on first use (a dynamic import).
      for (let i = 0; i < 100 && !overlay()?.querySelector('tp-quick-search-dialog'); i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return overlay()?.querySelector('tp-quick-search-dialog') ?? null;
    };
    beforeEach(() => overlay()?.replaceChildren());
    afterEach(() => overlay()?.replaceChildren());

    it('opens from the toolbar button', async () => {
      const element = await render(meAs('coordinator'));
      const button = element.querySelector<HTMLButtonElement>('button[aria-label="Search"]');
      expect(button?.getAttribute('aria-keyshortcuts')).toBe('Control+K Meta+K');
      button?.click();
      expect(await dialog()).not.toBeNull();
    }, 30_000);

    it('opens on Ctrl+K from anywhere', async () => {
      await render(meAs('expert'));
      const shortcut = new KeyboardEvent('keydown', {
        key: 'k',
        ctrlKey: true,
        bubbles: true,
        cancelable: true,
      });
      document.body.dispatchEvent(shortcut);
      expect(shortcut.defaultPrevented).toBe(true);
      expect(await dialog()).not.toBeNull();
    }, 30_000);
  });

  it('leaves Ctrl+K alone when logged out', async () => {
    const element = await render(null);
    expect(element.querySelector('button[aria-label="Search"]')).toBeNull();
    const shortcut = new KeyboardEvent('keydown', {
      key: 'k',
      ctrlKey: true,
      bubbles: true,
      cancelable: true,
    });
    document.body.dispatchEvent(shortcut);
    expect(shortcut.defaultPrevented).toBe(false);
  });
});
