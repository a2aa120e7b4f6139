import { HttpClient, HttpErrorResponse, HttpXsrfTokenExtractor } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import {
  type AcceptInvitationRequest,
  type InvitationPreview,
  type Language,
  type LoginRequest,
  type MeResponse,
  type UpdateMeRequest,
  isRole,
} from '@techpact/contracts';
import { I18nService } from '@techpact/web/i18n';
import { firstValueFrom } from 'rxjs';

function isMeResponse(value: unknown): value is MeResponse {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof Reflect.get(value, 'id') === 'string' &&
    isRole(Reflect.get(value, 'role'))
  );
}

/**
 * Who is signed in. The session lives in an HTTP-only cookie set by the API; this service only
 * mirrors it: `GET /api/auth/me` at start-up (401 means nobody), then login, logout and
 * invitation acceptance update the mirror.
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly http = inject(HttpClient);
  private readonly i18n = inject(I18nService);
  private readonly xsrf = inject(HttpXsrfTokenExtractor);
  private readonly state = signal<MeResponse | null>(null);
  private loaded: Promise<void> | null = null;

  /** The signed-in person, or null. */
  readonly me = this.state.asReadonly();
  readonly isLoggedIn = computed(() => this.state() !== null);
  readonly role = computed(() => this.state()?.role ?? null);

  /** Asks the API once who is signed in. Guards await it, so it is safe to call repeatedly. */
  load(): Promise<void> {
    this.loaded ??= this.refresh();
    return this.loaded;
  }

  /** Re-reads `GET /api/auth/me`. Any failure leaves the app logged out. */
  async refresh(): Promise<void> {
    try {
      await this.signIn(await firstValueFrom(this.http.get<MeResponse>('/api/auth/me')));
    } catch (error) {
      if (!(error instanceof HttpErrorResponse && error.status === 401)) {
        console.error('Could not read the session', error);
      }
      this.state.set(null);
    }
  }

  async login(email: string, password: string): Promise<MeResponse> {
    await this.ensureXsrfToken();
    const body: LoginRequest = { email, password };
    const response = await firstValueFrom(this.http.post<unknown>('/api/auth/login', body));
    if (isMeResponse(response)) {
      await this.signIn(response);
      return response;
    }
    // The login answer carries no profile: ask for it.
    const me = await firstValueFrom(this.http.get<MeResponse>('/api/auth/me'));
    await this.signIn(me);
    return me;
  }

  async logout(): Promise<void> {
    try {
      await this.ensureXsrfToken();
      await firstValueFrom(this.http.post<unknown>('/api/auth/logout', {}));
    } finally {
      this.state.set(null);
    }
  }

  /** Forgets the session locally, e.g. after the API answered 401 to a later request. */
  clearSession(): void {
    this.state.set(null);
  }

  /**
   * Switches the UI language at once and, when someone is signed in, saves it on their profile
   * so that it follows them to other browsers. A failed save keeps the local choice.
   */
  async setLanguage(language: Language): Promise<void> {
    // Not awaited: the save need not wait for the texts (a lazy chunk for Danish) to arrive.
    const switching = this.i18n.use(language);
    const me = this.state();
    if (!me) {
      return switching;
    }
    this.state.set({ ...me, language });
    try {
      await this.ensureXsrfToken();
      const body: UpdateMeRequest = { language };
      const response = await firstValueFrom(this.http.patch<unknown>('/api/auth/me', body));
      if (isMeResponse(response)) {
        this.state.set(response);
      }
    } catch (error) {
      console.error('Could not save the language choice', error);
    }
    await switching;
  }

  previewInvitation(token: string): Promise<InvitationPreview> {
    return firstValueFrom(
      this.http.get<InvitationPreview>(`/api/invitations/${encodeURIComponent(token)}`),
    );
  }

  /** Sets the invited person's password; the API answers with their profile and a session. */
  async acceptInvitation(token: string, password: string): Promise<MeResponse> {
    await this.ensureXsrfToken();
    const body: AcceptInvitationRequest = { password };
    const me = await firstValueFrom(
      this.http.post<MeResponse>(`/api/invitations/${encodeURIComponent(token)}/accept`, body),
    );
    await this.signIn(me);
    return me;
  }

  /** Resolves when the person's language is on screen (Danish is a lazy chunk). */
  private signIn(me: MeResponse): Promise<void> {
    this.state.set(me);
    return this.i18n.use(me.language);
  }

  /**
   * The API sets the `XSRF-TOKEN` cookie on any response when it is missing. Before the first
   * state-changing request, make sure one response has been seen.
   */
  private async ensureXsrfToken(): Promise<void> {
    if (this.xsrf.getToken()) {
      return;
    }
    try {
      await firstValueFrom(this.http.get<unknown>('/api/auth/me'));
    } catch {
      // A 401 still carries the cookie.
    }
  }
}
