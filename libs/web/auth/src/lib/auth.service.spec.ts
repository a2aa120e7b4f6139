import { provideHttpClient, withXsrfConfiguration } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { type MeResponse } from '@techpact/contracts';
import { I18nService, loadAllLanguages } from '@techpact/web/i18n';
import { AuthService } from './auth.service';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

const me: MeResponse = {
  id: 'u1',
  email: 'sme@demo.techpact.dk',
  name: 'Sofie SME',
  role: 'sme',
  language: 'da',
  programme: { id: 'p1', name: 'NordVest' },
  municipalities: [],
  company: { id: 'c1', name: 'Smedie ApS' },
  organisation: null,
};

function clearCookie(): void {
  document.cookie = 'XSRF-TOKEN=; expires=Thu, 01 Jan 1970 00:00:00 GMT';
}

describe('AuthService', () => {
  // Danish is a lazy chunk; its first import is slow on a busy machine, so not inside a test.
  beforeAll(() => loadAllLanguages(), 30_000);

  let auth: AuthService;
  let http: HttpTestingController;

  beforeEach(() => {
    clearCookie();
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(
          withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' }),
        ),
        provideHttpClientTesting(),
      ],
    });
    auth = TestBed.inject(AuthService);
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(I18nService).use('en');
  });

  afterEach(() => {
    http.verify();
    clearCookie();
  });

  it('treats 401 from /api/auth/me as logged out', async () => {
    const loading = auth.load();
    http
      .expectOne('/api/auth/me')
      .flush(
        { statusCode: 401, error: 'Unauthorized', message: 'x' },
        { status: 401, statusText: 'Unauthorized' },
      );
    await loading;
    expect(auth.isLoggedIn()).toBe(false);
    expect(auth.role()).toBeNull();
  });

  it('gets a CSRF cookie before the first login and uses the person’s language', async () => {
    const login = auth.login('sme@demo.techpact.dk', 'techpact-demo');
    const probe = http.expectOne('/api/auth/me');
    document.cookie = 'XSRF-TOKEN=fresh-token';
    probe.flush(
      { statusCode: 401, error: 'Unauthorized', message: 'x' },
      { status: 401, statusText: 'Unauthorized' },
    );
    await settle();

    http.expectOne('/api/auth/login').flush(me);
    await login;
    expect(auth.me()).toEqual(me);
    expect(auth.role()).toBe('sme');
    expect(TestBed.inject(I18nService).language()).toBe('da');
  });

  it('saves a language change on the profile when signed in', async () => {
    document.cookie = 'XSRF-TOKEN=token';
    const loading = auth.load();
    http.expectOne('/api/auth/me').flush({ ...me, language: 'en' });
    await loading;

    const saving = auth.setLanguage('da');
    await settle();
    const patch = http.expectOne('/api/auth/me');
    expect(patch.request.method).toBe('PATCH');
    expect(patch.request.body).toEqual({ language: 'da' });
    patch.flush({ ...me, language: 'da' });
    await saving;
    expect(auth.me()?.language).toBe('da');
    // Danish is a lazy chunk: on screen once `setLanguage` has resolved.
    expect(TestBed.inject(I18nService).language()).toBe('da');
  });

  it('only switches locally when nobody is signed in', async () => {
    await auth.setLanguage('da');
    http.expectNone('/api/auth/me');
    expect(TestBed.inject(I18nService).language()).toBe('da');
  });

  it('logs the person in when they accept an invitation', async () => {
    document.cookie = 'XSRF-TOKEN=token';
    const accepting = auth.acceptInvitation('abc/def', 'a-long-password');
    await settle();
    const request = http.expectOne('/api/invitations/abc%2Fdef/accept');
    expect(request.request.body).toEqual({ password: 'a-long-password' });
    request.flush(me);
    await accepting;
    expect(auth.isLoggedIn()).toBe(true);
  });

  it('forgets the session on logout even if the API call fails', async () => {
    document.cookie = 'XSRF-TOKEN=token';
    const loading = auth.load();
    http.expectOne('/api/auth/me').flush(me);
    await loading;
    const logout = auth.logout();
    await settle();
    http.expectOne('/api/auth/logout').error(new ProgressEvent('error'), { status: 0 });
    await expect(logout).rejects.toBeDefined();
    expect(auth.isLoggedIn()).toBe(false);
  });
});
