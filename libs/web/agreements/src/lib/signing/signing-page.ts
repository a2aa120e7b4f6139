import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import {
  type DeclineRequest,
  type Language,
  type SignRequest,
  type SigningResult,
  type SigningView,
} from '@techpact/contracts';
import { I18nService, TranslatePipe } from '@techpact/web/i18n';
import { PageFeedback, toApiProblem } from '@techpact/web/ui';
import { AgreementDocument } from '../agreement-document/agreement-document';
import { linkStateKey } from '../agreement-labels';
import { SigningApi } from '../signing-api.service';
import { SigningForm } from './signing-form';

/** Set once the signer switches language on a signing page: reloads then keep their choice. */
const OWN_CHOICE_KEY = 'techpact.signing.ownLanguage';

function hasOwnChoice(): boolean {
  try {
    return sessionStorage.getItem(OWN_CHOICE_KEY) === '1';
  } catch {
    return false;
  }
}

function rememberOwnChoice(): void {
  try {
    sessionStorage.setItem(OWN_CHOICE_KEY, '1');
  } catch {
    // Storage can be disabled; the choice then lasts while the page is open.
  }
}

/**
 * `/sign/:token`, public: the signer reads the exact document, checks its hash and signs or
 * declines. A link that can no longer be used says why. Shown in the signer's language unless
 * they switch.
 */
@Component({
  selector: 'tp-signing-page',
  imports: [
    MatButtonModule,
    MatCardModule,
    MatProgressBarModule,
    AgreementDocument,
    SigningForm,
    TranslatePipe,
  ],
  templateUrl: './signing-page.html',
  styleUrl: './signing-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SigningPage {
  private readonly api = inject(SigningApi);
  private readonly i18n = inject(I18nService);

  /** From the route parameter. */
  readonly token = input.required<string>();

  protected readonly loading = signal(true);
  protected readonly notFound = signal(false);
  protected readonly view = signal<SigningView | null>(null);
  protected readonly result = signal<SigningResult | null>(null);
  protected readonly loadFeedback = new PageFeedback();
  protected readonly linkStateKey = linkStateKey;

  protected readonly documentUrl = computed(() => this.api.documentUrl(this.token()));
  protected readonly signAction = (body: SignRequest): Promise<SigningResult> =>
    this.api.sign(this.token(), body);
  protected readonly declineAction = (body: DeclineRequest): Promise<SigningResult> =>
    this.api.decline(this.token(), body);

  /** The language taken from the view; a later switch is the signer's own choice. */
  private applied: Language | null = null;

  constructor() {
    effect(() => {
      const token = this.token();
      untracked(() => void this.load(token));
    });
    effect(() => {
      const language = this.i18n.language();
      if (this.applied !== null && language !== this.applied) rememberOwnChoice();
    });
  }

  protected finished(result: SigningResult): void {
    this.result.set(result);
  }

  private async load(token: string): Promise<void> {
    this.loading.set(true);
    this.notFound.set(false);
    this.loadFeedback.clear();
    this.result.set(null);
    try {
      const view = await this.api.view(token);
      if (this.applied === null && !hasOwnChoice()) {
        this.i18n.use(view.language);
        this.applied = view.language;
      }
      this.view.set(view);
    } catch (error) {
      this.view.set(null);
      const status = toApiProblem(error).status;
      if (status === 404 || status === 400) {
        this.notFound.set(true);
      } else {
        this.loadFeedback.fail(error);
      }
    } finally {
      this.loading.set(false);
    }
  }
}
