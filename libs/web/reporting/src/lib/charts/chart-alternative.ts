import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@techpact/web/i18n';

let nextId = 0;

/**
 * The table behind a chart, shown on request. The chart already lists every number as text; the
 * table adds the targets and shares in rows and columns for those who read tables better.
 */
@Component({
  selector: 'tp-chart-alternative',
  imports: [MatButtonModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      mat-button
      type="button"
      class="toggle"
      [attr.aria-expanded]="open()"
      [attr.aria-controls]="id"
      (click)="open.set(!open())"
    >
      {{ (open() ? 'reporting.chart.hideTable' : 'reporting.chart.showTable') | t }}
      <span class="visually-hidden">: {{ caption() }}</span>
    </button>
    <div [id]="id" [hidden]="!open()">
      <ng-content />
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .toggle {
      margin-top: 4px;
    }
  `,
})
export class ChartAlternative {
  /** The chart's caption, so that each toggle button has a distinct name. */
  readonly caption = input.required<string>();
  protected readonly open = signal(false);
  protected readonly id = `tp-chart-table-${nextId++}`;
}
