import {
  DOCUMENT,
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import {
  type CaseSummary,
  TIME_ENTRY_STATUSES,
  type TimeEntryStatus,
  type TimeExportFormat,
  type TimeExportQuery,
  type UserResponse,
} from '@techpact/contracts';
import { AuthService } from '@techpact/web/auth';
import { I18nService, TranslatePipe, type TranslationKey } from '@techpact/web/i18n';
import { PageFeedback } from '@techpact/web/ui';
import { TimesheetsApi } from '../timesheets-api.service';
import {
  type DownloadProgress,
  downloadExport,
  progressPercent,
  saveFile,
} from './export-download';

/** Time entries as CSV or XLSX, filtered, streamed with visible progress, then saved. */
@Component({
  selector: 'tp-time-export',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslatePipe,
  ],
  templateUrl: './time-export.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
    }
    h2 {
      font: var(--mat-sys-title-large);
      margin: 0 0 12px;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      margin-bottom: 16px;
    }
    .progress p {
      margin: 8px 0 16px;
    }
  `,
})
export class TimeExport {
  private readonly api = inject(TimesheetsApi);
  private readonly i18n = inject(I18nService);
  private readonly document = inject(DOCUMENT);

  private readonly auth = inject(AuthService);

  protected readonly municipalities = computed(() => this.auth.me()?.municipalities ?? []);
  protected readonly periodInvalid = signal(false);
  protected readonly statuses = TIME_ENTRY_STATUSES;
  protected readonly cases = signal<CaseSummary[]>([]);
  protected readonly people = signal<UserResponse[]>([]);
  protected readonly progress = signal<DownloadProgress | null>(null);
  protected readonly running = signal<TimeExportFormat | null>(null);
  protected readonly feedback = new PageFeedback();
  protected readonly percent = computed(() => {
    const progress = this.progress();
    return progress ? progressPercent(progress) : null;
  });
  protected readonly progressText = computed(() => {
    const progress = this.progress();
    if (!progress) return '';
    const number = new Intl.NumberFormat(this.i18n.locale());
    const size = this.size(progress.bytes);
    if (progress.rows !== null && progress.totalRows !== null) {
      return this.i18n.t('timesheets.export.progressRows', {
        size,
        rows: number.format(progress.rows),
        total: number.format(progress.totalRows),
      });
    }
    return this.i18n.t('timesheets.export.progressBytes', { size });
  });

  protected readonly form = inject(NonNullableFormBuilder).group({
    municipalityId: [''],
    caseId: [''],
    userId: [''],
    from: [''],
    to: [''],
    status: ['' as TimeEntryStatus | ''],
  });

  private abort: AbortController | null = null;

  constructor() {
    void this.loadChoices();
  }

  protected statusKey(status: TimeEntryStatus): TranslationKey {
    return `timesheets.entryStatuses.${status}`;
  }

  protected async download(format: TimeExportFormat): Promise<void> {
    if (this.running()) return;
    const { from, to } = this.form.getRawValue();
    this.periodInvalid.set(Boolean(from && to && from > to));
    if (this.periodInvalid()) return;
    this.feedback.clear();
    this.running.set(format);
    this.abort = new AbortController();
    try {
      const file = await downloadExport(format, this.query(), {
        signal: this.abort.signal,
        onProgress: (progress) => this.progress.set(progress),
      });
      saveFile(file, this.document);
      this.feedback.succeed({ key: 'timesheets.export.done', params: { file: file.filename } });
    } catch (error) {
      if (this.abort.signal.aborted) {
        this.feedback.succeed({ key: 'timesheets.export.cancelled' });
      } else {
        this.feedback.fail(error);
      }
    } finally {
      this.running.set(null);
      this.progress.set(null);
      this.abort = null;
    }
  }

  protected cancel(): void {
    this.abort?.abort();
  }

  private query(): TimeExportQuery {
    const value = this.form.getRawValue();
    return {
      municipalityId: value.municipalityId || undefined,
      caseId: value.caseId || undefined,
      userId: value.userId || undefined,
      from: value.from || undefined,
      to: value.to || undefined,
      status: value.status || undefined,
    };
  }

  private size(bytes: number): string {
    const units = ['B', 'kB', 'MB', 'GB'];
    let value = bytes;
    let unit = 0;
    while (value >= 1000 && unit < units.length - 1) {
      value /= 1000;
      unit++;
    }
    const digits = unit === 0 ? 0 : 1;
    return `${new Intl.NumberFormat(this.i18n.locale(), { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
  }

  private async loadChoices(): Promise<void> {
    try {
      const { cases, people } = await this.api.exportChoices();
      this.cases.set(cases);
      this.people.set(people);
    } catch {
      // The filters by case and person stay empty; the export itself still works.
    }
  }
}
