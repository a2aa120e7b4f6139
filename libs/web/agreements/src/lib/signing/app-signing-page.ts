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
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import {
  type AgreementVersionDetail,
  type DeclineRequest,
  type SignRequest,
  type SigningResult,
} from '@techpact/contracts';
import { TranslatePipe } from '@techpact/web/i18n';
import { PageFeedback, toApiProblem } from '@techpact/web/ui';
import { AgreementDocument } from '../agreement-document/agreement-document';
import { AgreementsApi, versionPdfUrl } from '../agreements-api.service';
import { SignersStatus } from '../agreement-page/signers-status';
import { SigningForm } from './signing-form';

/**
 * `/cases/:id/agreement/versions/:number/sign`: the signed-in SME user signs in the app, with the
 * same document and form as the e-mail link.
 */
@Component({
  selector: 'tp-app-signing-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatProgressBarModule,
    AgreementDocument,
    SignersStatus,
    SigningForm,
    TranslatePipe,
  ],
  template: `
    <p class="back">
      <a routerLink="/my-case"
        ><span aria-hidden="true">←</span> {{ 'agreements.appSigning.back' | t }}</a
      >
    </p>
    <h1>{{ 'agreements.signing.title' | t }}</h1>
    @if (loading()) {
      <mat-progress-bar mode="indeterminate" [attr.aria-label]="'app.loading' | t" />
    }
    <div role="alert">
      @if (feedback.errorText(); as errorText) {
        <p class="form-error">{{ errorText }}</p>
      }
      @if (notFound()) {
        <p class="form-error">{{ 'agreements.page.notFound' | t }}</p>
      }
    </div>
    @if (result(); as result) {
      <section role="status" aria-labelledby="app-signing-done">
        <h2 id="app-signing-done">{{ 'agreements.signing.doneHeading' | t }}</h2>
        <p>{{ result.message }}</p>
      </section>
    } @else if (version(); as version) {
      <p>
        <a mat-stroked-button [href]="pdfUrl()" download>{{ 'agreements.signing.download' | t }}</a>
      </p>
      <tp-agreement-document [version]="version" />
      <tp-signers-status [version]="version" />
      @if (version.status === 'sent' && version.documentHash) {
        <section class="sign" aria-labelledby="app-sign-heading">
          <h2 id="app-sign-heading">{{ 'agreements.signing.sign' | t }}</h2>
          <tp-signing-form
            [hash]="version.documentHash"
            [sign]="signAction"
            [decline]="declineAction"
            (done)="result.set($event)"
          />
        </section>
      } @else {
        <p class="note">{{ 'agreements.appSigning.notAwaiting' | t }}</p>
      }
    }
  `,
  styles: `
    :host {
      display: block;
      max-width: 820px;
    }
    .back {
      margin: 0 0 8px;
    }
    h2 {
      font: var(--mat-sys-title-large);
      margin: 24px 0 8px;
    }
    .sign {
      border-top: 1px solid var(--mat-sys-outline-variant);
      margin-top: 24px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AppSigningPage {
  private readonly api = inject(AgreementsApi);

  /** The case id, from the route. */
  readonly id = input.required<string>();
  /** The version number, from the route. */
  readonly number = input.required<string>();

  protected readonly loading = signal(true);
  protected readonly notFound = signal(false);
  protected readonly version = signal<AgreementVersionDetail | null>(null);
  protected readonly result = signal<SigningResult | null>(null);
  protected readonly feedback = new PageFeedback();

  private readonly versionNumber = computed(() => Number(this.number()));
  protected readonly pdfUrl = computed(() =>
    versionPdfUrl(this.id(), this.versionNumber(), 'document'),
  );
  protected readonly signAction = (body: SignRequest): Promise<SigningResult> =>
    this.api.sign(this.id(), this.versionNumber(), body);
  protected readonly declineAction = (body: DeclineRequest): Promise<SigningResult> =>
    this.api.decline(this.id(), this.versionNumber(), body);

  constructor() {
    effect(() => {
      const id = this.id();
      const number = this.versionNumber();
      untracked(() => void this.load(id, number));
    });
  }

  private async load(id: string, number: number): Promise<void> {
    this.loading.set(true);
    this.notFound.set(false);
    this.feedback.clear();
    this.result.set(null);
    try {
      if (!Number.isInteger(number) || number < 1) {
        this.notFound.set(true);
        return;
      }
      this.version.set(await this.api.version(id, number));
    } catch (error) {
      this.version.set(null);
      const status = toApiProblem(error).status;
      if (status === 404 || status === 400 || status === 403) {
        this.notFound.set(true);
      } else {
        this.feedback.fail(error);
      }
    } finally {
      this.loading.set(false);
    }
  }
}
