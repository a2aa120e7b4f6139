import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { type AttentionItem } from '@techpact/contracts';
import { I18nService, LocalDatePipe, TranslatePipe } from '@techpact/web/i18n';
import { stateLabel } from '../shared/labels';

/** One "needs attention" list: each case with what is wrong and since when. */
@Component({
  selector: 'tp-attention-list',
  imports: [RouterLink, LocalDatePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h3 [id]="headingId()">
      {{ heading() }} <span class="count">({{ items().length }})</span>
    </h3>
    @if (items().length > 0) {
      <ul [attr.aria-labelledby]="headingId()">
        @for (item of items(); track item.caseId + item.since + item.detail) {
          <li>
            <a [routerLink]="['/cases', item.caseId]">{{ item.company.name }}</a>
            <span class="muted"> · {{ label(item.state) }}</span>
            <div>{{ item.detail }}</div>
            <div class="muted">
              {{ 'reporting.attention.since' | t }}
              <time [attr.datetime]="item.since">{{ item.since | tDate }}</time>
            </div>
          </li>
        }
      </ul>
    } @else {
      <p class="muted">{{ 'reporting.attention.none' | t }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    h3 {
      font: var(--mat-sys-title-medium);
      margin: 0 0 8px;
    }
    ul {
      margin: 0;
      padding: 0;
      list-style: none;
      display: grid;
      gap: 10px;
    }
    .muted,
    .count {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class AttentionList {
  private readonly i18n = inject(I18nService);

  readonly heading = input.required<string>();
  readonly headingId = input.required<string>();
  readonly items = input.required<readonly AttentionItem[]>();

  protected label(state: string): string {
    return stateLabel(state, this.i18n);
  }
}
