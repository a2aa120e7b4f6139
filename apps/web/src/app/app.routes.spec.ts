import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { ROLES, type MeResponse, type Role } from '@techpact/contracts';
import { AuthService } from '@techpact/web/auth';
import { appRoutes } from './app.routes';
import { NAVIGATION } from './navigation';

function meAs(role: Role): MeResponse {
  return {
    id: `${role}-1`,
    email: `${role}@demo.techpact.dk`,
    name: `Demo ${role}`,
    role,
    language: 'en',
    programme: { id: 'p1', name: 'NordVest' },
    municipalities: [],
    company: null,
    organisation: null,
  };
}

describe('app routes', () => {
  let router: Router;

  async function signInAs(role: Role): Promise<void> {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter(appRoutes)],
    });
    router = TestBed.inject(Router);
    const loading = TestBed.inject(AuthService).load();
    TestBed.inject(HttpTestingController).expectOne('/api/auth/me').flush(meAs(role));
    await loading;
  }

  it.each(ROLES)('lets %s open every item of their navigation (no dead links)', async (role) => {
    await signInAs(role);
    for (const item of NAVIGATION[role]) {
      await router.navigateByUrl(item.path);
      expect(router.url).toBe(item.path);
    }
  });

  it('shows the 403 page when a coordinator opens an admin page', async () => {
    await signInAs('coordinator');
    await router.navigateByUrl('/admin/users');
    expect(router.url).toBe('/forbidden');
  });

  it('shows the 404 page for unknown addresses', async () => {
    await signInAs('sme');
    await router.navigateByUrl('/no/such/page');
    expect(router.url).toBe('/no/such/page');
    expect(router.routerState.snapshot.root.firstChild?.data['kind']).toBe('notFound');
  });
});
