import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  signal,
  viewChild,
  type ElementRef,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { type AssessmentComparisonRow } from '@techpact/contracts';
import { TranslatePipe } from '@techpact/web/i18n';
import { type Chart, type ChartData } from 'chart.js';
import { toRadarData, type RadarData } from './radar-data';

const COLOURS = {
  T0: { line: 'rgb(37, 99, 235)', fill: 'rgba(37, 99, 235, 0.15)' },
  T1: { line: 'rgb(217, 119, 6)', fill: 'rgba(217, 119, 6, 0.15)' },
} as const;

let instances = 0;

function chartData(data: RadarData): ChartData<'radar', (number | null)[], string> {
  return {
    labels: data.labels,
    datasets: data.series.map((series) => ({
      label: series.label,
      data: series.data,
      borderColor: COLOURS[series.label].line,
      backgroundColor: COLOURS[series.label].fill,
      pointBackgroundColor: COLOURS[series.label].line,
      spanGaps: true,
    })),
  };
}

/**
 * A radar chart of the scores per dimension, T0 and T1 overlaid, drawn with chart.js (loaded on
 * first use, so that it stays out of the initial bundle). The same numbers are in a table that
 * screen readers always find and that sighted people can show with a toggle.
 */
@Component({
  selector: 'tp-assessment-radar',
  imports: [MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (hasScores()) {
      <div class="chart">
        <canvas #canvas role="img" [attr.aria-label]="'assessments.chart.label' | t"></canvas>
      </div>
    } @else {
      <p class="none">{{ 'assessments.chart.noScores' | t }}</p>
    }
    <button
      mat-button
      type="button"
      [attr.aria-expanded]="tableShown()"
      [attr.aria-controls]="tableId"
      (click)="tableShown.set(!tableShown())"
    >
      {{ (tableShown() ? 'assessments.chart.hideTable' : 'assessments.chart.showTable') | t }}
    </button>
    <table [id]="tableId" [class.visually-hidden]="!tableShown()">
      <caption>
        {{
          'assessments.chart.tableCaption' | t
        }}
      </caption>
      <thead>
        <tr>
          <th scope="col">{{ 'assessments.chart.dimension' | t }}</th>
          <th scope="col">{{ 'assessments.chart.t0' | t }}</th>
          <th scope="col">{{ 'assessments.chart.t1' | t }}</th>
          <th scope="col">{{ 'assessments.chart.difference' | t }}</th>
        </tr>
      </thead>
      <tbody>
        @for (row of rows(); track row.dimensionId) {
          <tr>
            <th scope="row">{{ row.dimension }}</th>
            <td>{{ row.t0 ?? ('common.none' | t) }}</td>
            <td>{{ row.t1 ?? ('common.none' | t) }}</td>
            <td>{{ signed(row.difference) }}</td>
          </tr>
        }
      </tbody>
    </table>
  `,
  styles: `
    :host {
      display: block;
    }
    .chart {
      position: relative;
      height: 320px;
      max-width: 480px;
    }
    .none {
      color: var(--mat-sys-on-surface-variant);
    }
    table {
      border-collapse: collapse;
      margin-top: 8px;
    }
    caption {
      text-align: start;
      font: var(--mat-sys-label-large);
      padding-bottom: 4px;
    }
    th,
    td {
      text-align: start;
      padding: 4px 12px 4px 0;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
    }
  `,
})
export class AssessmentRadar {
  readonly rows = input.required<readonly AssessmentComparisonRow[]>();

  protected readonly tableId = `assessment-radar-table-${++instances}`;
  protected readonly tableShown = signal(false);
  protected readonly data = computed<RadarData>(() => toRadarData(this.rows()));
  protected readonly hasScores = computed(() => this.data().series.length > 0);

  private readonly canvas = viewChild<ElementRef<HTMLCanvasElement>>('canvas');
  private chart: Chart<'radar', (number | null)[], string> | null = null;
  private destroyed = false;

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      this.chart?.destroy();
    });
    effect(() => {
      const canvas = this.canvas()?.nativeElement ?? null;
      const data = this.data();
      void this.draw(canvas, data);
    });
  }

  protected signed(difference: number | null): string {
    if (difference === null) return '—';
    return difference > 0 ? `+${difference}` : String(difference);
  }

  private async draw(canvas: HTMLCanvasElement | null, data: RadarData): Promise<void> {
    if (this.chart && this.chart.canvas !== canvas) {
      this.chart.destroy();
      this.chart = null;
    }
    if (!canvas) return;
    if (this.chart) {
      this.chart.data = chartData(data);
      this.chart.update();
      return;
    }
    const {
      Chart,
      RadarController,
      RadialLinearScale,
      PointElement,
      LineElement,
      Filler,
      Legend,
      Tooltip,
    } = await import('chart.js');
    Chart.register(
      RadarController,
      RadialLinearScale,
      PointElement,
      LineElement,
      Filler,
      Legend,
      Tooltip,
    );
    // The canvas may have gone while chart.js loaded.
    if (this.destroyed || this.canvas()?.nativeElement !== canvas || this.chart) return;
    // No 2D context (e.g. a test DOM): the table still carries the numbers.
    const context = canvas.getContext('2d');
    if (!context) return;
    this.chart = new Chart<'radar', (number | null)[], string>(context, {
      type: 'radar',
      // The newest data: the rows may have changed while chart.js loaded.
      data: chartData(this.data()),
      options: {
        maintainAspectRatio: false,
        animation: false,
        scales: { r: { min: 0, max: 5, ticks: { stepSize: 1 } } },
        plugins: { legend: { position: 'bottom' } },
      },
    });
  }
}
