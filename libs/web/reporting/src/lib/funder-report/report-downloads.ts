import {
  DOCUMENT,
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { type ReportingQuery } from '@techpact/contracts';
import { I18nService, TranslatePipe } from '@techpact/web/i18n';
import { PageFeedback } from '@techpact/web/ui';
import {
  type ReportFormat,
  type ReportProgress,
  downloadReport,
  progressPercent,
  saveFile,
} from './report-download';

/** The funder report as XLSX or PDF, fetched with visible progress, then saved. */
@Component({
  selector: 'tp-report-downloads',
  imports: [MatButtonModule, MatProgressBarModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="buttons">
      <button
        mat-flat-button
        type="button"
        [disabled]="running() !== null"
        (click)="download('xlsx')"
      >
        {{ 'reporting.report.xlsx' | t }}
      </button>
      <button
        mat-stroked-button
        type="button"
        [disabled]="running() !== null"
        (click)="download('pdf')"
      >
        {{ 'reporting.report.pdf' | t }}
      </button>
      @if (running()) {
        <button mat-button type="button" (click)="cancel()">
          {{ 'reporting.report.cancel' | t }}
        </button>
      }
    </div>
    <div role="status" class="status-line">
      @if (running()) {
        <mat-progress-bar
          [mode]="percent() === null ? 'indeterminate' : 'determinate'"
          [value]="percent() ?? 0"
          [attr.aria-label]="'reporting.report.progressLabel' | t"
        />
        <p>{{ progressText() }}</p>
      } @else if (feedback.statusText(); as statusText) {
        <p>{{ statusText }}</p>
      }
    </div>
    <div role="alert">
      @if (feedback.errorText(); as errorText) {
        <p class="form-error">{{ errorText }}</p>
      }
    </div>
  `,
  styles: `
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
})
export class ReportDownloads {
  private readonly i18n = inject(I18nService);
  private readonly document = inject(DOCUMENT);

  readonly query = input.required<ReportingQuery>();

  protected readonly running = signal<ReportFormat | null>(null);
  protected readonly progress = signal<ReportProgress | null>(null);
  protected readonly feedback = new PageFeedback();
  protected readonly percent = computed(() => {
    const progress = this.progress();
    return progress ? progressPercent(progress) : null;
  });
  protected readonly progressText = computed(() => {
    const progress = this.progress();
    if (!progress) return this.i18n.t('reporting.report.starting');
    const kb = new Intl.NumberFormat(this.i18n.locale(), { maximumFractionDigits: 0 });
    return this.i18n.t('reporting.report.progress', { size: kb.format(progress.bytes / 1000) });
  });

  private abort: AbortController | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.abort?.abort());
  }

  protected async download(format: ReportFormat): Promise<void> {
    if (this.running()) return;
    this.feedback.clear();
    this.running.set(format);
    const abort = new AbortController();
    this.abort = abort;
    try {
      const file = await downloadReport(format, this.query(), {
        signal: abort.signal,
        onProgress: (progress) => this.progress.set(progress),
      });
      saveFile(file, this.document);
      this.feedback.succeed({ key: 'reporting.report.done', params: { file: file.filename } });
    } catch (error) {
      if (abort.signal.aborted) {
        this.feedback.succeed({ key: 'reporting.report.cancelled' });
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
}
