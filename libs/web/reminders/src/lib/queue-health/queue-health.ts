import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { type FailedJobItem, QUEUE_JOB_STATES, type QueueCounts } from '@techpact/contracts';
import { LocalDatePipe, type TranslationKey, TranslatePipe } from '@techpact/web/i18n';
import { PageFeedback } from '@techpact/web/ui';
import { RemindersApi } from '../reminders-api.service';

/** The queues' health for admins: job counts per queue, failed jobs, retry one. */
@Component({
  selector: 'tp-queue-health',
  imports: [MatButtonModule, TranslatePipe, LocalDatePipe],
  templateUrl: './queue-health.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QueueHealth {
  private readonly api = inject(RemindersApi);
  protected readonly feedback = new PageFeedback();
  protected readonly states = QUEUE_JOB_STATES;
  protected readonly queues = signal<QueueCounts[]>([]);
  /** The queue whose failed jobs are shown, and those jobs. */
  protected readonly openQueue = signal<string | null>(null);
  protected readonly failed = signal<FailedJobItem[]>([]);
  protected readonly loading = signal(false);

  constructor() {
    void this.refresh();
  }

  async refresh(): Promise<void> {
    this.loading.set(true);
    try {
      this.queues.set((await this.api.queues()).queues);
      const open = this.openQueue();
      if (open) this.failed.set(await this.api.failed(open));
    } catch (error) {
      this.feedback.fail(error);
    } finally {
      this.loading.set(false);
    }
  }

  protected async showFailed(queue: string): Promise<void> {
    try {
      this.failed.set(await this.api.failed(queue));
      this.openQueue.set(queue);
    } catch (error) {
      this.feedback.fail(error);
    }
  }

  protected async retry(job: FailedJobItem): Promise<void> {
    const queue = this.openQueue();
    if (!queue) return;
    try {
      await this.api.retry(queue, job.id);
      this.feedback.succeed({ key: 'reminders.queues.retried', params: { id: job.id } });
      await this.refresh();
    } catch (error) {
      this.feedback.fail(error);
    }
  }

  protected stateKey(state: string): TranslationKey {
    return `reminders.queues.states.${state}` as TranslationKey;
  }
}
