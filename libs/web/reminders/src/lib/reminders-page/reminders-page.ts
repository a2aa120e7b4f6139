import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import {
  REMINDER_NOTIFICATION_KINDS,
  REMINDER_STATUSES,
  type ReminderItem,
  type ReminderStatus,
} from '@techpact/contracts';
import { AuthService } from '@techpact/web/auth';
import { LocalDatePipe, type TranslationKey, TranslatePipe } from '@techpact/web/i18n';
import { PageFeedback } from '@techpact/web/ui';
import { QueueHealth } from '../queue-health/queue-health';
import { RemindersApi } from '../reminders-api.service';

const PAGE_SIZE = 50;

/**
 * Upcoming and recent reminders of the caller's cases (scheduled soonest first, then the rest
 * newest first), filtered by status, kind and due dates; admins also see the queues' health.
 */
@Component({
  selector: 'tp-reminders-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    RouterLink,
    TranslatePipe,
    LocalDatePipe,
    QueueHealth,
  ],
  templateUrl: './reminders-page.html',
  styleUrl: './reminders-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RemindersPage {
  private readonly api = inject(RemindersApi);
  private readonly auth = inject(AuthService);
  protected readonly isAdmin = computed(() => this.auth.role() === 'admin');
  protected readonly feedback = new PageFeedback();
  protected readonly statuses = REMINDER_STATUSES;
  protected readonly kinds = REMINDER_NOTIFICATION_KINDS;
  protected readonly columns = ['dueAt', 'company', 'kind', 'recipient', 'status'];

  protected readonly status = signal<ReminderStatus | null>(null);
  protected readonly kind = signal<string | null>(null);
  protected readonly from = signal('');
  protected readonly to = signal('');
  protected readonly items = signal<ReminderItem[]>([]);
  protected readonly total = signal(0);
  protected readonly loading = signal(true);
  protected readonly filtered = computed(
    () => !!this.status() || !!this.kind() || !!this.from() || !!this.to(),
  );

  constructor() {
    void this.load();
  }

  async load(more = false): Promise<void> {
    this.loading.set(true);
    try {
      const page = await this.api.list({
        status: this.status() ?? undefined,
        kind: this.kind() ?? undefined,
        // Whole local days: from the start of `from` to the end of `to`.
        from: this.from() ? new Date(`${this.from()}T00:00:00`).toISOString() : undefined,
        to: this.to() ? new Date(`${this.to()}T24:00:00`).toISOString() : undefined,
        limit: PAGE_SIZE,
        offset: more ? this.items().length : 0,
      });
      this.items.set(more ? [...this.items(), ...page.items] : page.items);
      this.total.set(page.total);
      this.feedback.clear();
    } catch (error) {
      this.feedback.fail(error);
    } finally {
      this.loading.set(false);
    }
  }

  protected filterStatus(value: ReminderStatus | null): void {
    this.status.set(value);
    void this.load();
  }

  protected filterKind(value: string | null): void {
    this.kind.set(value);
    void this.load();
  }

  protected filterDates(from: string, to: string): void {
    this.from.set(from);
    this.to.set(to);
    void this.load();
  }

  protected clearFilters(): void {
    this.status.set(null);
    this.kind.set(null);
    this.from.set('');
    this.to.set('');
    void this.load();
  }

  protected kindKey(kind: string): TranslationKey {
    return `notifications.kinds.${kind}` as TranslationKey;
  }

  protected statusKey(status: string): TranslationKey {
    return `reminders.statuses.${status}` as TranslationKey;
  }

  protected recipientKey(recipient: string): TranslationKey {
    return `reminders.recipients.${recipient}` as TranslationKey;
  }
}
