import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { type Page, type UserResponse } from '@techpact/contracts';
import { I18nService } from '@techpact/web/i18n';
import { UsersPage } from './users-page';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

const ada: UserResponse = {
  id: 'u1',
  email: 'expert@demo.techpact.dk',
  name: 'Ada Expert',
  role: 'expert',
  language: 'en',
  active: true,
  municipalities: [],
  company: null,
  organisation: 'Aalborg University',
  createdAt: '2025-01-01T10:00:00Z',
};

function page(items: UserResponse[]): Page<UserResponse> {
  return { items, total: items.length, limit: 25, offset: 0 };
}

describe('UsersPage', () => {
  let fixture: ComponentFixture<UsersPage>;
  let http: HttpTestingController;
  let element: HTMLElement;

  beforeEach(async () => {
    document.cookie = 'XSRF-TOKEN=token';
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    TestBed.inject(I18nService).use('en');
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(UsersPage);
    element = fixture.nativeElement as HTMLElement;
    http.expectOne('/api/users?limit=25&offset=0').flush(page([ada]));
    await settle();
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  function button(name: string): HTMLButtonElement {
    const found = [...element.querySelectorAll('button')].find(
      (b) => b.textContent?.trim() === name || b.getAttribute('aria-label') === name,
    );
    if (!found) {
      throw new Error(`No button ${name}`);
    }
    return found;
  }

  it('lists users with their role and status', () => {
    const row = element.querySelector('tbody tr');
    expect(row?.textContent).toContain('Ada Expert');
    expect(row?.textContent).toContain('Aalborg University');
    expect(row?.textContent).toContain('Expert');
    expect(row?.textContent).toContain('Active');
  });

  it('deactivates a user', async () => {
    button('Deactivate Ada Expert').click();
    await settle();
    const request = http.expectOne('/api/users/u1');
    expect(request.request.method).toBe('PATCH');
    expect(request.request.body).toEqual({ active: false });
    request.flush({ ...ada, active: false });
    await settle();
    await fixture.whenStable();
    expect(element.querySelector('tbody tr')?.textContent).toContain('Deactivated');
    expect(element.querySelector('[role=status]')?.textContent).toContain(
      'Ada Expert was deactivated',
    );
  });

  it('invites an expert and shows API field errors next to the field', async () => {
    button('Invite a person').click();
    await fixture.whenStable();
    const form = fixture.componentInstance['inviteForm'];
    form.controls.role.setValue('expert');
    await fixture.whenStable();

    const type = (label: string, value: string): void => {
      const field = [...element.querySelectorAll('mat-form-field')].find((f) =>
        f.querySelector('mat-label')?.textContent?.includes(label),
      );
      const input = field?.querySelector('input');
      if (!input) {
        throw new Error(`No field ${label}`);
      }
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    type('Email', 'new@uni.dk');
    type('Name', 'New Expert');
    type('Organisation', 'Aalborg University');
    button('Send invitation').click();
    await settle();

    const request = http.expectOne('/api/invitations');
    expect(request.request.body).toEqual({
      email: 'new@uni.dk',
      name: 'New Expert',
      role: 'expert',
      language: 'en',
      organisation: 'Aalborg University',
    });
    request.flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message: 'The invitation could not be created.',
        details: [{ field: 'email', message: 'A user with this email already exists.' }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await settle();
    await fixture.whenStable();

    expect(element.querySelector('mat-error')?.textContent).toContain(
      'A user with this email already exists.',
    );
    expect(element.querySelector('.form-card [role=alert]')?.textContent).toContain(
      'The invitation could not be created.',
    );
  });

  it('requires municipalities for a coordinator', async () => {
    button('Invite a person').click();
    await settle();
    // Coordinator is the default role: the programme's municipalities are needed, but nobody is
    // signed in in this test, so none are asked for.
    const form = fixture.componentInstance['inviteForm'];
    expect(form.controls.municipalityIds.hasError('required')).toBe(true);
    form.controls.role.setValue('sme');
    http
      .expectOne((r) => r.url === '/api/companies')
      .flush({ items: [], total: 0, limit: 200, offset: 0 });
    expect(form.controls.municipalityIds.valid).toBe(true);
    expect(form.controls.companyId.hasError('required')).toBe(true);
  });
});
