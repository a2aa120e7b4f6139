import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { type ImportPreviewResponse } from '@techpact/contracts';
import { TranslatePipe } from '@techpact/web/i18n';
import { importActionKey } from '../company-labels';

/** Row by row, what an import would do with a file: create, update (which fields) or reject (why). */
@Component({
  selector: 'tp-import-preview-table',
  imports: [TranslatePipe],
  templateUrl: './import-preview-table.html',
  styles: `
    .counts {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 24px;
      list-style: none;
      padding: 0;
      margin: 0 0 12px;
      font: var(--mat-sys-title-medium);
    }
    .action {
      display: inline-block;
      padding: 2px 10px;
      border-radius: 16px;
      font: var(--mat-sys-label-large);
      white-space: nowrap;
      border: 1px solid var(--mat-sys-outline-variant);
    }
    .action-create {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .action-reject {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    tr.rejected th,
    tr.rejected td {
      background: color-mix(in srgb, var(--mat-sys-error-container) 35%, transparent);
    }
    .table-wrap {
      overflow-x: auto;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportPreviewTable {
  readonly preview = input.required<ImportPreviewResponse>();
  protected readonly actionKey = importActionKey;
}
