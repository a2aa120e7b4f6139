import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type AgreementVersionDetail } from '@techpact/contracts';
import { LocalDatePipe, TranslatePipe } from '@techpact/web/i18n';

/** Who was asked to sign a sent version, and where each of them stands; then the countersignature. */
@Component({
  selector: 'tp-signers-status',
  imports: [LocalDatePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let v = version();
    <section aria-labelledby="signers-status-heading">
      <h2 id="signers-status-heading">{{ 'agreements.signers.heading' | t }}</h2>
      <ul class="signers">
        @for (signer of v.signers; track signer.id) {
          <li>
            <strong>{{ signer.name }}</strong> &lt;{{ signer.email }}&gt; —
            @switch (signer.status) {
              @case ('signed') {
                {{
                  'agreements.signers.statuses.signed'
                    | t: { date: (signer.signedAt | tDate: true) }
                }}
              }
              @case ('declined') {
                {{
                  'agreements.signers.statuses.declined'
                    | t: { date: (signer.declinedAt | tDate: true) }
                }}
                @if (signer.declineReason) {
                  <span class="secondary">{{
                    'agreements.signers.declineReason' | t: { reason: signer.declineReason }
                  }}</span>
                }
              }
              @default {
                {{ 'agreements.signers.statuses.pending' | t }}
                @if (signer.linkExpiresAt && v.status === 'sent') {
                  <span class="secondary">{{
                    'agreements.signers.linkExpires' | t: { date: (signer.linkExpiresAt | tDate) }
                  }}</span>
                }
              }
            }
          </li>
        }
      </ul>
      @if (v.countersignedAt) {
        <p>
          {{
            'agreements.signers.countersigned'
              | t: { date: (v.countersignedAt | tDate: true), name: v.countersignedBy?.name ?? '' }
          }}
        </p>
      } @else if (v.status === 'signed') {
        <p>{{ 'agreements.signers.awaitingCountersignature' | t }}</p>
      }
    </section>
  `,
  styles: `
    :host {
      display: block;
    }
    h2 {
      font: var(--mat-sys-title-large);
      margin: 24px 0 8px;
    }
    .signers {
      padding-inline-start: 20px;
    }
    .secondary {
      display: block;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class SignersStatus {
  readonly version = input.required<AgreementVersionDetail>();
}
