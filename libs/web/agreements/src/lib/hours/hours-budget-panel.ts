import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { type AgreementUpgrade } from '@techpact/contracts';
import { TranslatePipe } from '@techpact/web/i18n';
import { hoursBudget } from './hours-budget';

/** Planned hours in total against the budget (a bar with its numbers in words) and per expert. */
@Component({
  selector: 'tp-hours-budget-panel',
  imports: [MatProgressBarModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let b = budget();
    <section aria-labelledby="hours-budget-heading">
      <h2 id="hours-budget-heading">{{ 'agreements.budget.heading' | t }}</h2>
      <p class="total" [class.over]="b.over > 0">
        <strong>{{ 'agreements.budget.total' | t: { total: b.total, budget: b.budget } }}</strong>
        @if (b.over > 0) {
          {{ 'agreements.budget.over' | t: { over: b.over } }}
        } @else {
          {{ 'agreements.budget.left' | t: { left: b.left } }}
        }
      </p>
      <mat-progress-bar
        mode="determinate"
        [value]="b.percentUsed"
        [class.over]="b.over > 0"
        [attr.aria-label]="'agreements.budget.barLabel' | t"
        [attr.aria-valuetext]="'agreements.budget.total' | t: { total: b.total, budget: b.budget }"
      />
      @if (b.rows.length === 0) {
        <p class="none">{{ 'agreements.budget.none' | t }}</p>
      } @else {
        <table class="tp-table" [attr.aria-label]="'agreements.budget.tableLabel' | t">
          <thead>
            <tr>
              <th scope="col">{{ 'agreements.budget.expert' | t }}</th>
              <th scope="col" class="num">{{ 'agreements.budget.hours' | t }}</th>
              <th scope="col">{{ 'agreements.budget.share' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (row of b.rows; track row.expert?.id ?? '-') {
              <tr>
                <th scope="row">{{ row.expert?.name ?? ('agreements.budget.unassigned' | t) }}</th>
                <td class="num">{{ row.hours }}</td>
                <td class="share">
                  <mat-progress-bar
                    mode="determinate"
                    [value]="row.percentOfBudget"
                    [attr.aria-label]="
                      'agreements.budget.expertBar'
                        | t: { name: row.expert?.name ?? ('agreements.budget.unassigned' | t) }
                    "
                  />
                  <span>{{ row.percentOfBudget }} %</span>
                </td>
              </tr>
            }
          </tbody>
        </table>
      }
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
    .total.over {
      color: var(--mat-sys-error);
    }
    mat-progress-bar.over {
      --mat-progress-bar-active-indicator-color: var(--mat-sys-error);
    }
    table {
      margin-top: 12px;
    }
    .num {
      text-align: end;
    }
    .share {
      display: flex;
      align-items: center;
      gap: 8px;
      min-width: 160px;
      span {
        white-space: nowrap;
      }
    }
    .none {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class HoursBudgetPanel {
  readonly upgrades = input.required<readonly AgreementUpgrade[]>();
  /** The programme's planned-hours budget per agreement. */
  readonly budgetHours = input.required<number>();
  protected readonly budget = computed(() => hoursBudget(this.upgrades(), this.budgetHours()));
}
