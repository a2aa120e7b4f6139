import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@techpact/web/i18n';
import { ChartAlternative } from './chart-alternative';
import {
  type ChartRow,
  type ChartScale,
  barPercent,
  hasTargets,
  ofTarget,
  targetPercent,
} from './chart-model';
import { NumberPipe } from './chart-number';
import { CHART_STYLES } from './chart-styles';

/**
 * Horizontal bars with each number beside its bar (a link to the cases behind it, where there
 * is a list), an optional target line, and the same figures as a table on request.
 */
@Component({
  selector: 'tp-bar-chart',
  imports: [RouterLink, ChartAlternative, NumberPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul [attr.aria-label]="caption()">
      @for (row of bars(); track row.label) {
        <li>
          <span class="label">{{ row.label }}</span>
          <span class="track" aria-hidden="true">
            <span class="bar" [style.width.%]="row.width"></span>
            @if (row.targetAt !== null) {
              <span class="target" [style.left.%]="row.targetAt"></span>
            }
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
            @if (row.target !== null && row.target !== undefined) {
              <span class="muted">
                {{ 'reporting.chart.ofTarget' | t: { target: (row.target | tNumber) } }}</span
              >
            }
            @if (unit()) {
              <span class="muted"> {{ unit() }}</span>
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
            @if (withTargets()) {
              <th scope="col" class="number">{{ 'reporting.chart.target' | t }}</th>
              <th scope="col" class="number">{{ 'reporting.chart.share' | t }}</th>
            }
          </tr>
        </thead>
        <tbody>
          @for (row of bars(); track row.label) {
            <tr>
              <th scope="row">{{ row.label }}</th>
              <td class="number">
                @if (row.cases) {
                  <a routerLink="/cases" [queryParams]="row.cases">{{ row.value | tNumber }}</a>
                } @else {
                  {{ row.value | tNumber }}
                }
              </td>
              @if (withTargets()) {
                <td class="number">{{ row.target | tNumber }}</td>
                <td class="number">
                  {{ row.share === null ? '–' : (row.share | tNumber: 0) + ' %' }}
                </td>
              }
            </tr>
          }
        </tbody>
      </table>
    </tp-chart-alternative>
  `,
  styles: CHART_STYLES,
})
export class BarChart {
  /** Names the list and the table, e.g. "Hours against budget". */
  readonly caption = input.required<string>();
  readonly rows = input.required<readonly ChartRow[]>();
  readonly scale = input<ChartScale>('shared');
  /** Written after each number, e.g. "h" or "days". */
  readonly unit = input('');

  protected readonly withTargets = computed(() => hasTargets(this.rows()));
  protected readonly bars = computed(() => {
    const rows = this.rows();
    const scale = this.scale();
    return rows.map((row) => ({
      ...row,
      width: barPercent(row, rows, scale),
      targetAt: targetPercent(row, rows, scale),
      share: ofTarget(row),
    }));
  });
}
