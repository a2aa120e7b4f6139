import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import {
  type AgreementSigner,
  type SetSignersRequest,
  type SignerCandidate,
} from '@techpact/contracts';
import { TranslatePipe } from '@techpact/web/i18n';
import { PageFeedback } from '@techpact/web/ui';
import { AgreementsApi } from '../agreements-api.service';

/** One key per person, whether they are a contact or an SME user of the company. */
export function candidateKey(person: Pick<SignerCandidate, 'contactId' | 'userId'>): string {
  return person.contactId ? `contact:${person.contactId}` : `user:${person.userId ?? ''}`;
}

function toRequest(keys: Iterable<string>): SetSignersRequest {
  return {
    signers: [...keys].map((key) => {
      const [kind, id] = key.split(':', 2);
      return kind === 'contact' ? { contactId: id } : { userId: id };
    }),
  };
}

/**
 * The company's people who may sign; each tick saves the whole choice at once. A failed save
 * keeps the ticks as the coordinator left them, with the reason beside the list.
 */
@Component({
  selector: 'tp-signers-picker',
  imports: [MatCheckboxModule, MatProgressBarModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="signers-picker-heading">
      <h2 id="signers-picker-heading">{{ 'agreements.signers.heading' | t }}</h2>
      @if (candidates().length === 0) {
        <p>{{ 'agreements.signers.none' | t }}</p>
      } @else {
        <p class="intro">{{ 'agreements.signers.intro' | t }}</p>
        <ul aria-labelledby="signers-picker-heading" [attr.aria-busy]="saving()">
          @for (candidate of candidates(); track candidate.key) {
            <li>
              <mat-checkbox
                [checked]="selected().has(candidate.key)"
                [disabled]="saving()"
                (change)="toggle(candidate.key)"
              >
                {{ candidate.name }} &lt;{{ candidate.email }}&gt;
              </mat-checkbox>
            </li>
          }
        </ul>
      }
      @if (saving()) {
        <mat-progress-bar
          mode="indeterminate"
          [attr.aria-label]="'agreements.signers.saving' | t"
        />
      }
      <div role="status" class="status-line">
        @if (feedback.statusText(); as statusText) {
          <p>{{ statusText }}</p>
        }
      </div>
      <div role="alert">
        @if (feedback.errorText(); as errorText) {
          <p class="form-error">{{ errorText }}</p>
        }
      </div>
    </section>
  `,
  styles: `
    :host {
      display: block;
      margin-bottom: 24px;
    }
    h2 {
      font: var(--mat-sys-title-large);
      margin: 0 0 8px;
    }
    .intro {
      margin: 0 0 4px;
      color: var(--mat-sys-on-surface-variant);
    }
    ul {
      list-style: none;
      padding: 0;
      margin: 0;
    }
  `,
})
export class SignersPicker {
  private readonly api = inject(AgreementsApi);

  readonly caseId = input.required<string>();
  readonly signerCandidates = input.required<readonly SignerCandidate[]>();
  readonly signers = input.required<readonly AgreementSigner[]>();
  readonly changed = output<void>();

  protected readonly candidates = computed(() =>
    this.signerCandidates().map((candidate) => ({ ...candidate, key: candidateKey(candidate) })),
  );
  /** Follows the draft; a tick that failed to save stays until the draft is loaded again. */
  protected readonly selected = linkedSignal<ReadonlySet<string>>(
    () => new Set(this.signers().map((signer) => candidateKey(signer))),
  );
  protected readonly saving = signal(false);
  protected readonly feedback = new PageFeedback();

  protected async toggle(key: string): Promise<void> {
    const next = new Set(this.selected());
    if (!next.delete(key)) next.add(key);
    this.selected.set(next);
    this.feedback.clear();
    this.saving.set(true);
    try {
      await this.api.setSigners(this.caseId(), toRequest(next));
      this.feedback.succeed({ key: 'agreements.signers.saved' });
      this.changed.emit();
    } catch (error) {
      this.feedback.fail(error);
    } finally {
      this.saving.set(false);
    }
  }
}
