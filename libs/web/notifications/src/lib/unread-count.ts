import { Injectable, inject, signal } from '@angular/core';
import { NotificationsApi } from './notifications-api.service';

/**
 * The caller's unread count, shared by the bell and the notifications page, so that marking read
 * on the page updates the bell at once.
 */
@Injectable({ providedIn: 'root' })
export class UnreadCount {
  private readonly api = inject(NotificationsApi);
  private readonly count = signal(0);

  readonly value = this.count.asReadonly();

  /** Re-reads the count; a failure keeps the last one (the next poll tries again). */
  async refresh(): Promise<void> {
    try {
      this.count.set((await this.api.unreadCount()).unread);
    } catch {
      // Offline or signed out: the bell keeps its last count.
    }
  }

  set(unread: number): void {
    this.count.set(Math.max(0, unread));
  }
}
