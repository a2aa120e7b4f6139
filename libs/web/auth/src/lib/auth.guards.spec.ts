import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { type MeResponse, type Role } from '@techpact/contracts';
import { authGuard, guestGuard, roleGuard, startPageGuard } from './auth.guards';

@Component({ template: 'page' })
class Page {}

function meAs(role: Role): MeResponse {
  return {
    id: 'u1',
    email: `${role}@demo.techpact.dk`,
    name: 'Someone',
    role,
    language: 'en',
    programme: { id: 'p1', name: 'NordVest' },
    municipalities: [],
    company: null,
    organisation: null,
  };
}

describe('auth guards', () => {
  let router: Router;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: '', pathMatch: 'full', canActivate: [startPageGuard], children: [] },
          { path: 'login', canActivate: [guestGuard], component: Page },
          { path: 'forbidden', component: Page },
          { path: 'dashboard', canActivate: [authGuard], component: Page },
          { path: 'my-work', canActivate: [authGuard], component: Page },
          {
            path: 'admin/users',
            canActivate: [authGuard, roleGuard('admin')],
            component: Page,
          },
        ]),
      ],
    });
    router = TestBed.inject(Router);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function navigate(url: string, session: MeResponse | 'none'): Promise<string> {
    const navigation = router.navigateByUrl(url);
    await new Promise((resolve) => setTimeout(resolve));
    const request = http.expectOne('/api/auth/me');
    if (session === 'none') {
      request.flush(
        { statusCode: 401, error: 'Unauthorized', message: 'Not logged in' },
        { status: 401, statusText: 'Unauthorized' },
      );
    } else {
      request.flush(session);
    }
    await navigation;
    return router.url;
  }

  it('sends a logged-out person to login with the return URL', async () => {
    expect(await navigate('/admin/users?role=sme', 'none')).toBe(
      '/login?returnUrl=%2Fadmin%2Fusers%3Frole%3Dsme',
    );
  });

  it('lets a person with the role through', async () => {
    expect(await navigate('/admin/users', meAs('admin'))).toBe('/admin/users');
  });

  it('shows the 403 page to a person without the role', async () => {
    expect(await navigate('/admin/users', meAs('coordinator'))).toBe('/forbidden');
  });

  it('sends a signed-in person away from the login page to their start page', async () => {
    expect(await navigate('/login', meAs('expert'))).toBe('/my-work');
  });

  it('sends / to the start page of the role', async () => {
    expect(await navigate('/', meAs('coordinator'))).toBe('/dashboard');
  });

  it('sends / to login when nobody is signed in', async () => {
    expect(await navigate('/', 'none')).toBe('/login');
  });

  it('asks the API only once', async () => {
    await navigate('/dashboard', meAs('admin'));
    await router.navigateByUrl('/admin/users');
    http.expectNone('/api/auth/me');
    expect(router.url).toBe('/admin/users');
  });
});
