import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { type MeResponse } from '@techpact/contracts';
import { I18nService, loadAllLanguages } from '@techpact/web/i18n';
import { LoginPage } from './login-page';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

const me: MeResponse = {
  id: 'u1',
  email: 'coordinator@demo.techpact.dk',
  name: 'Clara Coordinator',
  role: 'coordinator',
  language: 'en',
  programme: { id: 'p1', name: 'NordVest' },
  municipalities: [],
  company: null,
  organisation: null,
};

describe('LoginPage', () => {
  // Danish is a lazy chunk; its first import is slow on a busy machine, so not inside a test.
  beforeAll(() => loadAllLanguages(), 30_000);

  let fixture: ComponentFixture<LoginPage>;
  let http: HttpTestingController;
  let element: HTMLElement;

  function type(selector: string, value: string): void {
    const input = element.querySelector<HTMLInputElement>(selector);
    if (!input) {
      throw new Error(`No ${selector}`);
    }
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  async function submit(): Promise<void> {
    element.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await settle();
  }

  beforeEach(async () => {
    document.cookie = 'XSRF-TOKEN=test-token';
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    TestBed.inject(I18nService).use('en');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(LoginPage);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  it('asks for the missing fields instead of calling the API', async () => {
    await submit();
    await fixture.whenStable();
    expect(element.textContent).toContain('Enter your email address.');
    expect(element.textContent).toContain('Enter your password.');
    http.expectNone('/api/auth/login');
  });

  it('shows a wrong password in plain words next to the form and keeps the input', async () => {
    type('input[type=email]', 'coordinator@demo.techpact.dk');
    type('input[type=password]', 'wrong-password');
    await submit();

    const request = http.expectOne('/api/auth/login');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      email: 'coordinator@demo.techpact.dk',
      password: 'wrong-password',
    });
    await fixture.whenStable();
    expect(element.querySelector('button[type=submit]')?.textContent).toContain('Logging in…');
    expect(element.querySelector('mat-progress-bar')).not.toBeNull();

    request.flush(
      { statusCode: 401, error: 'Unauthorized', message: 'Invalid email or password' },
      { status: 401, statusText: 'Unauthorized' },
    );
    await settle();
    await fixture.whenStable();

    expect(element.querySelector('[role=alert]')?.textContent).toContain(
      'The email or password is not right.',
    );
    expect(element.querySelector<HTMLInputElement>('input[type=email]')?.value).toBe(
      'coordinator@demo.techpact.dk',
    );
    expect(element.querySelector<HTMLInputElement>('input[type=password]')?.value).toBe(
      'wrong-password',
    );
    expect(element.querySelector('button[type=submit]')?.textContent).toContain('Log in');
  });

  it('shows the API message for other refusals, translated texts re-render on switch', async () => {
    type('input[type=email]', 'coordinator@demo.techpact.dk');
    type('input[type=password]', 'whatever-password');
    await submit();
    http
      .expectOne('/api/auth/login')
      .flush(
        { statusCode: 403, error: 'Forbidden', message: 'This account is deactivated.' },
        { status: 403, statusText: 'Forbidden' },
      );
    await settle();
    await fixture.whenStable();
    expect(element.querySelector('[role=alert]')?.textContent).toContain(
      'This account is deactivated.',
    );
  });

  it('says when the server cannot be reached', async () => {
    type('input[type=email]', 'coordinator@demo.techpact.dk');
    type('input[type=password]', 'whatever-password');
    await submit();
    http.expectOne('/api/auth/login').error(new ProgressEvent('error'), { status: 0 });
    await settle();
    await fixture.whenStable();
    expect(element.querySelector('[role=alert]')?.textContent).toContain('could not reach');

    TestBed.inject(I18nService).use('da');
    await fixture.whenStable();
    expect(element.querySelector('[role=alert]')?.textContent).toContain('forbindelse');
  });

  it('goes to the role start page after login', async () => {
    const router = TestBed.inject(Router);
    const navigate = vi.spyOn(router, 'navigateByUrl').mockResolvedValue(true);
    type('input[type=email]', 'coordinator@demo.techpact.dk');
    type('input[type=password]', 'techpact-demo');
    await submit();
    http.expectOne('/api/auth/login').flush(me);
    await settle();
    expect(navigate).toHaveBeenCalledWith('/dashboard');
  });

  it('follows a safe return URL', async () => {
    fixture.componentRef.setInput('returnUrl', '/admin/users');
    const navigate = vi.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    type('input[type=email]', 'coordinator@demo.techpact.dk');
    type('input[type=password]', 'techpact-demo');
    await submit();
    http.expectOne('/api/auth/login').flush(me);
    await settle();
    expect(navigate).toHaveBeenCalledWith('/admin/users');
  });
});
