import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { type InvitationPreview, type MeResponse } from '@techpact/contracts';
import { I18nService } from '@techpact/web/i18n';
import { AuthService } from '../auth.service';
import { InvitationPage } from './invitation-page';

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

const preview: InvitationPreview = {
  email: 'new@uni.dk',
  name: 'Nora Expert',
  role: 'expert',
  programme: 'NordVest Smart Production',
  expiresAt: '2030-01-31T12:00:00Z',
};

describe('InvitationPage', () => {
  let fixture: ComponentFixture<InvitationPage>;
  let http: HttpTestingController;
  let element: HTMLElement;

  async function open(token: string): Promise<void> {
    fixture = TestBed.createComponent(InvitationPage);
    fixture.componentRef.setInput('token', token);
    element = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  function type(name: string, value: string): void {
    const input = element.querySelector<HTMLInputElement>(`input[formcontrolname=${name}]`);
    if (!input) {
      throw new Error(`No ${name}`);
    }
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=token';
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    TestBed.inject(I18nService).use('en');
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('explains an expired invitation', async () => {
    await open('old');
    http
      .expectOne('/api/invitations/old')
      .flush(
        { statusCode: 410, error: 'Gone', message: 'Invitation expired' },
        { status: 410, statusText: 'Gone' },
      );
    await settle();
    await fixture.whenStable();
    expect(element.querySelector('[role=alert]')?.textContent).toContain('has expired');
    expect(element.querySelector('form')).toBeNull();
  });

  it('explains an unknown invitation', async () => {
    await open('nope');
    http
      .expectOne('/api/invitations/nope')
      .flush(
        { statusCode: 404, error: 'Not Found', message: 'No such invitation' },
        { status: 404, statusText: 'Not Found' },
      );
    await settle();
    await fixture.whenStable();
    expect(element.querySelector('[role=alert]')?.textContent).toContain('link is not valid');
  });

  it('checks the password, then accepts and logs the person in', async () => {
    await open('abc');
    http.expectOne('/api/invitations/abc').flush(preview);
    await settle();
    await fixture.whenStable();
    expect(element.textContent).toContain(
      'Hi Nora Expert, you are invited to NordVest Smart Production as Expert.',
    );

    type('password', 'short');
    type('confirm', 'different');
    element.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await fixture.whenStable();
    expect(element.textContent).toContain('Use at least 10 characters.');
    expect(element.textContent).toContain('The two passwords are not the same.');
    http.expectNone('/api/invitations/abc/accept');

    const navigate = vi.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    type('password', 'a-long-enough-password');
    type('confirm', 'a-long-enough-password');
    element.querySelector<HTMLButtonElement>('button[type=submit]')?.click();
    await settle();
    const accept = http.expectOne('/api/invitations/abc/accept');
    expect(accept.request.body).toEqual({ password: 'a-long-enough-password' });
    const me: MeResponse = {
      id: 'u9',
      email: preview.email,
      name: preview.name,
      role: 'expert',
      language: 'en',
      programme: { id: 'p1', name: preview.programme },
      municipalities: [],
      company: null,
      organisation: 'Aalborg University',
    };
    accept.flush(me);
    await settle();
    expect(TestBed.inject(AuthService).isLoggedIn()).toBe(true);
    expect(navigate).toHaveBeenCalledWith('/my-work');
  });
});
