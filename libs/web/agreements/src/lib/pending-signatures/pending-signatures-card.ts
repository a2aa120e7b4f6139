import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { RouterLink } from '@angular/router';
import { type PendingSignature } from '@techpact/contracts';
import { LocalDatePipe, TranslatePipe } from '@techpact/web/i18n';
import { PageFeedback } from '@techpact/web/ui';
import { AgreementsApi } from '../agreements-api.service';

/** The SME start page's "to sign" card: each agreement waiting for the user, with a way to sign. */
@Component({
  selector: 'tp-pending-signatures-card',
  imports: [MatButtonModule, MatCardModule, RouterLink, LocalDatePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-card appearance="outlined">
      <mat-card-header>
        <mat-card-title>
          <h2 id="pending-signatures-heading">{{ 'agreements.pending.heading' | t }}</h2>
        </mat-card-title>
      </mat-card-header>
      <mat-card-content>
        <div role="alert">
          @if (feedback.errorText(); as errorText) {
            <p class="form-error">{{ errorText }}</p>
          }
        </div>
        @if (items(); as items) {
          @if (items.length === 0) {
            <p>{{ 'agreements.pending.none' | t }}</p>
          } @else {
            <ul aria-labelledby="pending-signatures-heading">
              @for (item of items; track item.caseId + '-' + item.versionNumber) {
                <li>
                  <p>
                    <strong>{{ item.company.name }}</strong> ·
                    {{
                      'agreements.pending.item'
                        | t
                          : {
                              title: item.title,
                              number: item.versionNumber,
                              date: (item.sentAt | tDate),
                            }
                    }}
                  </p>
                  @if (item.linkExpiresAt) {
                    <p class="hint">
                      {{ 'agreements.pending.expires' | t: { date: (item.linkExpiresAt | tDate) } }}
                    </p>
                  }
                  <a
                    mat-flat-button
                    [routerLink]="[
                      '/cases',
                      item.caseId,
                      'agreement',
                      'versions',
                      item.versionNumber,
                      'sign',
                    ]"
                    [attr.aria-label]="'agreements.pending.openNamed' | t: { title: item.title }"
                    >{{ 'agreements.pending.open' | t }}</a
                  >
                </li>
              }
            </ul>
          }
        }
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    :host {
      display: block;
      margin-top: 16px;
    }
    h2 {
      font: var(--mat-sys-title-large);
      margin: 0;
    }
    ul {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    li {
      padding: 8px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
    li p {
      margin: 0 0 8px;
    }
    .hint {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class PendingSignaturesCard {
  private readonly api = inject(AgreementsApi);
  protected readonly items = signal<PendingSignature[] | null>(null);
  protected readonly feedback = new PageFeedback();

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.items.set(await this.api.pendingSignatures());
    } catch (error) {
      this.feedback.fail(error);
    }
  }
}
