import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type AgreementVersionDetail } from '@techpact/contracts';
import { LocalDatePipe, TranslatePipe } from '@techpact/web/i18n';

/**
 * The content of one version as the signer reads it: title, summary, goals, the upgrades with
 * expert, hours and date, and the confidentiality clause. Lists, not a wide table, so that it
 * reads on a phone.
 */
@Component({
  selector: 'tp-agreement-document',
  imports: [LocalDatePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let v = version();
    <article class="document" [attr.aria-labelledby]="headingId()">
      <h2 [id]="headingId()">{{ v.title }}</h2>
      <p class="meta">
        {{ 'agreements.document.version' | t: { number: v.number } }} · {{ v.company.name }}
      </p>
      @if (v.summary) {
        <h3>{{ 'agreements.document.summary' | t }}</h3>
        <p class="text">{{ v.summary }}</p>
      }
      @if (v.goals) {
        <h3>{{ 'agreements.document.goals' | t }}</h3>
        <p class="text">{{ v.goals }}</p>
      }
      <h3>{{ 'agreements.document.upgrades' | t }}</h3>
      @if (v.upgrades.length === 0) {
        <p>{{ 'agreements.document.noUpgrades' | t }}</p>
      } @else {
        <ol class="upgrades">
          @for (upgrade of v.upgrades; track upgrade.id) {
            <li>
              <h4>{{ upgrade.title }}</h4>
              @if (upgrade.description) {
                <p class="text">{{ upgrade.description }}</p>
              }
              <dl>
                @if (upgrade.category) {
                  <div>
                    <dt>{{ 'agreements.upgrades.category' | t }}</dt>
                    <dd>{{ upgrade.category }}</dd>
                  </div>
                }
                <div>
                  <dt>{{ 'agreements.upgrades.expert' | t }}</dt>
                  <dd>{{ upgrade.expert?.name ?? ('agreements.upgrades.noExpert' | t) }}</dd>
                </div>
                <div>
                  <dt>{{ 'agreements.upgrades.hours' | t }}</dt>
                  <dd>{{ upgrade.plannedHours ?? ('common.none' | t) }}</dd>
                </div>
                <div>
                  <dt>{{ 'agreements.upgrades.targetDate' | t }}</dt>
                  <dd>{{ (upgrade.targetDate | tDate) || ('common.none' | t) }}</dd>
                </div>
              </dl>
            </li>
          }
        </ol>
        <p class="total">
          {{ 'agreements.document.total' | t: { hours: v.totalPlannedHours } }}
        </p>
      }
      @if (v.ndaClause) {
        <h3>{{ 'agreements.document.nda' | t }}</h3>
        <p class="text">{{ v.ndaClause }}</p>
      }
    </article>
  `,
  styles: `
    :host {
      display: block;
    }
    h2 {
      font: var(--mat-sys-title-large);
      margin: 0;
    }
    h3 {
      font: var(--mat-sys-title-medium);
      margin: 16px 0 4px;
    }
    h4 {
      font: var(--mat-sys-title-small);
      margin: 0 0 4px;
    }
    .meta {
      margin: 4px 0 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .text {
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    .upgrades {
      padding-inline-start: 20px;
      li {
        margin-bottom: 12px;
      }
    }
    dl {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 24px;
      margin: 0;
    }
    dt {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0;
    }
    .total {
      font-weight: 500;
    }
  `,
})
export class AgreementDocument {
  readonly version = input.required<AgreementVersionDetail>();
  /** Unique per page, so that the article is named by its own heading. */
  readonly headingId = input('agreement-document-title');
}
