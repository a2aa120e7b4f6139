import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { type DashboardResponse } from '@techpact/contracts';
import { I18nService, TranslatePipe } from '@techpact/web/i18n';
import { ChartAlternative } from './chart-alternative';
import { NumberPipe } from './chart-number';
import { CHART_STYLES } from './chart-styles';

type ChangeRow = DashboardResponse['assessmentChange'][number];

/** Assessment levels run 0–5. */
const LEVEL_MAX = 5;

/** T0 → T1 per assessment dimension: two bars each on the 0–5 scale, the averages beside them. */
@Component({
  selector: 'tp-change-chart',
  imports: [ChartAlternative, NumberPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul [attr.aria-label]="caption()">
      @for (row of dimensions(); track row.dimension) {
        <li>
          <span class="label">{{ row.dimension }}</span>
          <span class="pair" aria-hidden="true">
            <span class="track"><span class="bar t0" [style.width.%]="row.t0Width"></span></span>
            <span class="track"><span class="bar" [style.width.%]="row.t1Width"></span></span>
          </span>
          <span class="value">
            {{
              'reporting.change.values'
                | t
                  : {
                      t0: (row.t0Average | tNumber),
                      t1: (row.t1Average | tNumber),
                      change: row.changeText,
                    }
            }}
          </span>
        </li>
      } @empty {
        <li class="muted">{{ 'reporting.change.none' | t }}</li>
      }
    </ul>
    @if (dimensions().length > 0) {
      <p class="legend muted" aria-hidden="true">
        <span class="swatch t0"></span> T0 <span class="swatch"></span> T1
      </p>
      <tp-chart-alternative [caption]="caption()">
        <table>
          <caption>
            {{
              caption()
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'reporting.change.dimension' | t }}</th>
              <th scope="col" class="number">T0</th>
              <th scope="col" class="number">T1</th>
              <th scope="col" class="number">{{ 'reporting.change.change' | t }}</th>
              <th scope="col" class="number">{{ 'reporting.change.cases' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (row of dimensions(); track row.dimension) {
              <tr>
                <th scope="row">{{ row.dimension }}</th>
                <td class="number">{{ row.t0Average | tNumber }}</td>
                <td class="number">{{ row.t1Average | tNumber }}</td>
                <td class="number">{{ row.changeText }}</td>
                <td class="number">{{ row.cases | tNumber: 0 }}</td>
              </tr>
            }
          </tbody>
        </table>
      </tp-chart-alternative>
    }
  `,
  styles: [
    CHART_STYLES,
    `
      .pair {
        display: grid;
        gap: 2px;
      }
      .pair .track {
        height: 9px;
      }
      .bar.t0,
      .swatch.t0 {
        background: var(--mat-sys-outline);
      }
      .swatch {
        display: inline-block;
        width: 12px;
        height: 12px;
        margin-inline-start: 8px;
        border-radius: 2px;
        background: var(--mat-sys-primary);
        vertical-align: middle;
      }
      .legend {
        margin: 8px 0 0;
      }
    `,
  ],
})
export class ChangeChart {
  private readonly i18n = inject(I18nService);

  readonly caption = input.required<string>();
  readonly rows = input.required<readonly ChangeRow[]>();

  protected readonly dimensions = computed(() => {
    const format = new Intl.NumberFormat(this.i18n.locale(), {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
    return this.rows().map((row) => {
      const change = Math.round((row.t1Average - row.t0Average) * 10) / 10;
      return {
        ...row,
        t0Width: (Math.max(0, row.t0Average) * 100) / LEVEL_MAX,
        t1Width: (Math.max(0, row.t1Average) * 100) / LEVEL_MAX,
        // A sign on every change, so that "+0.4" and "−0.4" read apart without colour.
        changeText: `${change > 0 ? '+' : change < 0 ? '−' : '±'}${format.format(Math.abs(change))}`,
      };
    });
  });
}
