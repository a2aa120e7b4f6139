import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { type FunderIndicator, SIZE_BANDS, type SizeBand } from '@techpact/contracts';

type Band = SizeBand | 'unknown';
import { TranslatePipe, type TranslationKey } from '@techpact/web/i18n';
import { NumberPipe } from '../charts/chart-number';

/** The funder's indicators by size band, each with the enterprises behind it on request. */
@Component({
  selector: 'tp-indicators-table',
  imports: [MatButtonModule, NumberPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <table class="tp-table indicators">
      <caption class="visually-hidden">
        {{
          'reporting.report.indicators' | t
        }}
      </caption>
      <thead>
        <tr>
          <th scope="col">{{ 'reporting.report.indicator' | t }}</th>
          <th scope="col" class="number">{{ 'reporting.report.total' | t }}</th>
          @for (band of bands; track band) {
            <th scope="col" class="number">{{ bandKey(band) | t }}</th>
          }
          <th scope="col">{{ 'reporting.report.enterprises' | t }}</th>
        </tr>
      </thead>
      <tbody>
        @for (indicator of indicators(); track indicator.code) {
          <tr>
            <th scope="row">
              <strong>{{ indicator.code }}</strong> {{ indicator.label }}
            </th>
            <td class="number">{{ indicator.value | tNumber: 0 }}</td>
            @for (band of bands; track band) {
              <td class="number">{{ bandValue(indicator, band) | tNumber: 0 }}</td>
            }
            <td>
              <button
                mat-button
                type="button"
                [attr.aria-expanded]="open() === indicator.code"
                [attr.aria-controls]="'enterprises-' + indicator.code"
                (click)="toggle(indicator.code)"
              >
                {{
                  'reporting.report.showEnterprises' | t: { count: indicator.enterprises.length }
                }}
                <span class="visually-hidden">({{ indicator.code }})</span>
              </button>
            </td>
          </tr>
          <tr [id]="'enterprises-' + indicator.code" [hidden]="open() !== indicator.code">
            <td [attr.colspan]="bands.length + 3">
              @if (open() === indicator.code) {
                <table class="enterprises">
                  <caption>
                    {{
                      'reporting.report.enterprisesOf' | t: { code: indicator.code }
                    }}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{{ 'reporting.report.company' | t }}</th>
                      <th scope="col">{{ 'reporting.report.registrationNumber' | t }}</th>
                      <th scope="col">{{ 'reporting.filters.municipality' | t }}</th>
                      <th scope="col">{{ 'reporting.report.size' | t }}</th>
                      <th scope="col" class="number">{{ 'reporting.chart.value' | t }}</th>
                    </tr>
                  </thead>
                  <tbody>
                    @for (enterprise of indicator.enterprises; track enterprise.companyId) {
                      <tr>
                        <th scope="row">{{ enterprise.name }}</th>
                        <td>{{ enterprise.registrationNumber }}</td>
                        <td>{{ enterprise.municipality }}</td>
                        <td>{{ bandKey(enterprise.sizeBand) | t }}</td>
                        <td class="number">{{ enterprise.value | tNumber: 0 }}</td>
                      </tr>
                    } @empty {
                      <tr>
                        <td colspan="5">{{ 'reporting.report.noEnterprises' | t }}</td>
                      </tr>
                    }
                  </tbody>
                </table>
              }
            </td>
          </tr>
        }
      </tbody>
    </table>
  `,
  styles: `
    :host {
      display: block;
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    th,
    td {
      padding: 6px 12px 6px 0;
      text-align: start;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      vertical-align: top;
    }
    .number {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
    .enterprises {
      margin: 4px 0 12px 16px;
      width: calc(100% - 16px);
    }
    .enterprises caption {
      text-align: start;
      font: var(--mat-sys-label-large);
    }
  `,
})
export class IndicatorsTable {
  readonly indicators = input.required<readonly FunderIndicator[]>();

  protected readonly bands: readonly Band[] = [...SIZE_BANDS, 'unknown'];
  protected readonly open = signal<string | null>(null);

  protected bandKey(band: Band | null): TranslationKey {
    return band === null || band === 'unknown'
      ? 'reporting.report.unknownSize'
      : `companies.sizeBands.${band}`;
  }

  protected bandValue(indicator: FunderIndicator, band: Band): number {
    return indicator.bySize.find((entry) => entry.band === band)?.value ?? 0;
  }

  protected toggle(code: string): void {
    this.open.update((open) => (open === code ? null : code));
  }
}
