import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { type ImportPreviewResponse } from '@techpact/contracts';
import { TranslatePipe } from '@techpact/web/i18n';
import { PageFeedback } from '@techpact/web/ui';
import { CompaniesApi } from '../companies-api.service';
import { ImportPreviewTable } from './import-preview-table';

/** The header names the API knows (any order, case-insensitive); identifiers, not translated. */
const IMPORT_COLUMNS = [
  'name',
  'registrationNumber',
  'country',
  'municipality',
  'employees',
  'sectorCode',
  'turnoverBand',
  'address',
  'postalCode',
  'city',
  'contactName',
  'contactRole',
  'contactEmail',
  'contactPhone',
].join(', ');

/** Files larger than this are refused before upload; the API takes a few thousand rows. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

/**
 * CSV import of companies: paste or choose a file, preview what each row would do, then import
 * all of it. The import stays disabled while any row would be rejected, because the API refuses
 * the whole file then.
 */
@Component({
  selector: 'tp-company-import-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    ImportPreviewTable,
    TranslatePipe,
  ],
  templateUrl: './company-import-page.html',
  styles: `
    :host {
      display: block;
      max-width: 1100px;
    }
    .back {
      margin: 0 0 8px;
    }
    .csv {
      width: 100%;
    }
    textarea {
      font-family: ui-monospace, monospace;
    }
    .file-row,
    .buttons {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px 16px;
      margin-bottom: 16px;
    }
    h2 {
      font: var(--mat-sys-title-large);
      margin: 24px 0 12px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CompanyImportPage {
  private readonly api = inject(CompaniesApi);
  protected readonly columns = IMPORT_COLUMNS;

  protected readonly csv = new FormControl('', { nonNullable: true });
  private readonly csvText = toSignal(this.csv.valueChanges, { initialValue: '' });
  protected readonly fileName = signal<string | null>(null);
  protected readonly preview = signal<ImportPreviewResponse | null>(null);
  protected readonly busy = signal<'preview' | 'import' | null>(null);
  protected readonly feedback = new PageFeedback();
  /** The name of a chosen file that was too large to read. */
  protected readonly tooLarge = signal<string | null>(null);

  protected readonly hasText = computed(() => this.csvText().trim() !== '');
  protected readonly canImport = computed(() => {
    const preview = this.preview();
    return (
      preview !== null &&
      preview.counts.reject === 0 &&
      preview.counts.create + preview.counts.update > 0 &&
      this.busy() === null
    );
  });

  constructor() {
    // A preview belongs to the text it was made from; an edit asks for a new one.
    this.csv.valueChanges.pipe(takeUntilDestroyed()).subscribe(() => this.preview.set(null));
  }

  protected async chooseFile(event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    this.feedback.clear();
    if (file.size > MAX_FILE_BYTES) {
      this.tooLarge.set(file.name);
      return;
    }
    this.tooLarge.set(null);
    this.fileName.set(file.name);
    this.csv.setValue(await file.text());
  }

  protected async runPreview(): Promise<void> {
    if (!this.hasText() || this.busy()) return;
    this.busy.set('preview');
    this.feedback.clear();
    try {
      this.preview.set(await this.api.previewImport(this.csv.value));
    } catch (error) {
      this.preview.set(null);
      this.feedback.fail(error);
    } finally {
      this.busy.set(null);
    }
  }

  protected async runImport(): Promise<void> {
    if (!this.canImport()) return;
    this.busy.set('import');
    this.feedback.clear();
    try {
      const result = await this.api.import(this.csv.value);
      this.preview.set(null);
      this.csv.setValue('', { emitEvent: false });
      this.fileName.set(null);
      this.feedback.succeed({
        key: 'companies.import.done',
        params: {
          created: result.created,
          updated: result.updated,
          contacts: result.contactsAdded,
        },
      });
    } catch (error) {
      this.feedback.fail(error);
    } finally {
      this.busy.set(null);
    }
  }
}
