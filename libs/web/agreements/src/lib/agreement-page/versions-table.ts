import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { type AgreementVersionSummary } from '@techpact/contracts';
import { LocalDatePipe, TranslatePipe } from '@techpact/web/i18n';
import { shortHash } from '../agreement-labels';
import { VersionStatusChip } from '../version-status-chip';

/** Every version of the agreement, newest first; one of them is shown below the table. */
@Component({
  selector: 'tp-versions-table',
  imports: [MatButtonModule, VersionStatusChip, LocalDatePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="table-wrap">
      <table class="tp-table" [attr.aria-label]="'agreements.versions.tableLabel' | t">
        <thead>
          <tr>
            <th scope="col">{{ 'agreements.versions.number' | t }}</th>
            <th scope="col">{{ 'agreements.versions.status' | t }}</th>
            <th scope="col">{{ 'agreements.versions.sent' | t }}</th>
            <th scope="col">{{ 'agreements.versions.inForce' | t }}</th>
            <th scope="col">{{ 'agreements.versions.hours' | t }}</th>
            <th scope="col">{{ 'agreements.versions.hash' | t }}</th>
            <th scope="col">
              <span class="visually-hidden">{{ 'common.actions' | t }}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          @for (version of versions(); track version.number) {
            <tr [class.selected]="version.number === selected()">
              <th scope="row">
                {{ version.number }}
                @if (version.amendsVersionNumber !== null) {
                  <span class="secondary">{{
                    'agreements.versions.amends' | t: { number: version.amendsVersionNumber }
                  }}</span>
                }
              </th>
              <td><tp-version-status-chip [status]="version.status" /></td>
              <td>{{ (version.sentAt | tDate) || ('common.none' | t) }}</td>
              <td>{{ (version.inForceAt | tDate) || ('common.none' | t) }}</td>
              <td>{{ version.totalPlannedHours }}</td>
              <td>
                @if (version.documentHash) {
                  <code [attr.title]="version.documentHash">{{ short(version.documentHash) }}</code>
                } @else {
                  {{ 'common.none' | t }}
                }
              </td>
              <td>
                @if (version.number === selected()) {
                  <span class="current">{{ 'agreements.versions.current' | t }}</span>
                } @else {
                  <button
                    mat-button
                    type="button"
                    [attr.aria-label]="
                      'agreements.versions.viewNamed' | t: { number: version.number }
                    "
                    (click)="choose.emit(version.number)"
                  >
                    {{ 'agreements.versions.view' | t }}
                  </button>
                }
              </td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .table-wrap {
      overflow-x: auto;
    }
    tr.selected {
      background: var(--mat-sys-surface-container);
    }
    code {
      font-family: ui-monospace, Menlo, Consolas, monospace;
    }
    .current {
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class VersionsTable {
  readonly versions = input.required<readonly AgreementVersionSummary[]>();
  readonly selected = input<number | null>(null);
  readonly choose = output<number>();
  protected readonly short = shortHash;
}
