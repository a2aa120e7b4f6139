import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { RouterLink } from '@angular/router';
import { type NotificationItem } from '@techpact/contracts';
import { LocalDatePipe, TranslatePipe } from '@techpact/web/i18n';
import { PageFeedback } from '@techpact/web/ui';
import { NotificationsApi } from '../notifications-api.service';
import { NotificationPreferences } from '../preferences/notification-preferences';
import { UnreadCount } from '../unread-count';

const PAGE_SIZE = 20;

/** The inbox: newest first, unread marked, mark read one by one or all; e-mail settings below. */
@Component({
  selector: 'tp-notifications-page',
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    MatCheckboxModule,
    RouterLink,
    TranslatePipe,
    LocalDatePipe,
    NotificationPreferences,
  ],
  templateUrl: './notifications-page.html',
  styleUrl: './notifications-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationsPage {
  private readonly api = inject(NotificationsApi);
  private readonly unread = inject(UnreadCount);
  protected readonly feedback = new PageFeedback();
  protected readonly items = signal<NotificationItem[]>([]);
  protected readonly total = signal(0);
  protected readonly loading = signal(true);
  protected readonly unreadOnly = signal(false);
  protected readonly unreadCount = this.unread.value;

  constructor() {
    void this.load();
  }

  async load(more = false): Promise<void> {
    this.loading.set(true);
    try {
      const page = await this.api.list({
        unread: this.unreadOnly(),
        limit: PAGE_SIZE,
        offset: more ? this.items().length : 0,
      });
      this.items.set(more ? [...this.items(), ...page.items] : page.items);
      this.total.set(page.total);
      void this.unread.refresh();
    } catch (error) {
      this.feedback.fail(error);
    } finally {
      this.loading.set(false);
    }
  }

  protected setUnreadOnly(value: boolean): void {
    this.unreadOnly.set(value);
    void this.load();
  }

  protected async markRead(item: NotificationItem): Promise<void> {
    if (item.readAt) return;
    try {
      const read = await this.api.markRead(item.id);
      this.items.update((items) => items.map((i) => (i.id === read.id ? read : i)));
      this.unread.set(this.unread.value() - 1);
    } catch (error) {
      this.feedback.fail(error);
    }
  }

  protected async markAllRead(): Promise<void> {
    try {
      await this.api.markAllRead();
      const now = new Date().toISOString();
      this.items.update((items) => items.map((i) => ({ ...i, readAt: i.readAt ?? now })));
      this.unread.set(0);
      this.feedback.succeed({ key: 'notifications.list.allMarked' });
    } catch (error) {
      this.feedback.fail(error);
    }
  }
}
