import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@techpact/web/i18n';
import { ChartAlternative } from './chart-alternative';
import { type ChartRow, barPercent } from './chart-model';
import { NumberPipe } from './chart-number';
import { CHART_STYLES } from './chart-styles';

/**
 * Cases per state as a funnel: centred bars in path order, each count beside its bar and linked
 * to the cases in that state, with the share of all cases in the table.
 */
@Component({
  selector: 'tp-funnel-chart',
  imports: [RouterLink, ChartAlternative, NumberPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul [attr.aria-label]="caption()">
      @for (row of steps(); track row.label) {
        <li>
          <span class="label">{{ row.label }}</span>
          <span class="track funnel" aria-hidden="true">
            <span class="bar" [style.width.%]="row.width"></span>
          </span>
          <span class="value">
            @if (row.cases) {
              <a
                routerLink="/cases"
                [queryParams]="row.cases"
                [attr.aria-label]="
                  'reporting.chart.linkLabel'
                    | t: { label: row.label, value: (row.value | tNumber) }
                "
                >{{ row.value | tNumber }}</a
              >
            } @else {
              <strong>{{ row.value | tNumber }}</strong>
            }
          </span>
        </li>
      }
    </ul>
    <tp-chart-alternative [caption]="caption()">
      <table>
        <caption>
          {{
            caption()
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ 'reporting.chart.item' | t }}</th>
            <th scope="col" class="number">{{ 'reporting.chart.value' | t }}</th>
            <th scope="col" class="number">{{ 'reporting.chart.ofAll' | t }}</th>
          </tr>
        </thead>
        <tbody>
          @for (row of steps(); track row.label) {
            <tr>
              <th scope="row">{{ row.label }}</th>
              <td class="number">
                @if (row.cases) {
                  <a routerLink="/cases" [queryParams]="row.cases">{{ row.value | tNumber }}</a>
                } @else {
                  {{ row.value | tNumber }}
                }
              </td>
              <td class="number">{{ row.share | tNumber: 0 }} %</td>
            </tr>
          }
        </tbody>
      </table>
    </tp-chart-alternative>
  `,
  styles: [
    CHART_STYLES,
    `
      .track.funnel {
        display: flex;
        justify-content: center;
        background: none;
      }
      .track.funnel .bar {
        background: var(--mat-sys-tertiary);
      }
    `,
  ],
})
export class FunnelChart {
  readonly caption = input.required<string>();
  /** In path order; no targets. */
  readonly rows = input.required<readonly ChartRow[]>();

  protected readonly steps = computed(() => {
    const rows = this.rows();
    const total = rows.reduce((sum, row) => sum + Math.max(0, row.value), 0);
    return rows.map((row) => ({
      ...row,
      width: barPercent(row, rows, 'shared'),
      share: total > 0 ? (row.value * 100) / total : 0,
    }));
  });
}
