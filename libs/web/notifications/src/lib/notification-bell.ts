import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { NavigationEnd, Router, RouterLink } from '@angular/router';
import { I18nService } from '@techpact/web/i18n';
import { filter } from 'rxjs';
import { UnreadCount } from './unread-count';

/** How often the bell asks for the unread count. */
export const BELL_POLL_MS = 60_000;

/**
 * The bell in the top bar: the unread count, read again every minute and after every navigation,
 * and the way to the notifications page.
 */
@Component({
  selector: 'tp-notification-bell',
  imports: [MatButtonModule, RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <a mat-icon-button class="bell" routerLink="/notifications" [attr.aria-label]="label()">
      <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M12 22a2 2 0 0 0 2-2h-4a2 2 0 0 0 2 2zm6-6V11c0-3.07-1.64-5.64-4.5-6.32V4a1.5 1.5 0 0 0-3 0v.68C7.63 5.36 6 7.92 6 11v5l-2 2v1h16v-1l-2-2z"
        />
      </svg>
      @if (count() > 0) {
        <span class="badge" aria-hidden="true">{{ badge() }}</span>
      }
    </a>
  `,
  styles: `
    .bell {
      position: relative;
    }
    .badge {
      position: absolute;
      top: 2px;
      right: 2px;
      min-width: 18px;
      height: 18px;
      padding: 0 4px;
      box-sizing: border-box;
      border-radius: 9px;
      background: var(--mat-sys-error);
      color: var(--mat-sys-on-error);
      font: var(--mat-sys-label-small);
      line-height: 18px;
      text-align: center;
    }
  `,
})
export class NotificationBell {
  private readonly i18n = inject(I18nService);
  private readonly unread = inject(UnreadCount);

  protected readonly count = this.unread.value;
  protected readonly badge = computed(() => (this.count() > 99 ? '99+' : String(this.count())));
  protected readonly label = computed(() =>
    this.count() > 0
      ? this.i18n.t('notifications.bell.label', { count: this.count() })
      : this.i18n.t('notifications.bell.labelNone'),
  );

  constructor() {
    const destroyRef = inject(DestroyRef);
    inject(Router)
      .events.pipe(
        filter((event) => event instanceof NavigationEnd),
        takeUntilDestroyed(destroyRef),
      )
      .subscribe(() => void this.unread.refresh());
    void this.unread.refresh();
    const timer = setInterval(() => void this.unread.refresh(), BELL_POLL_MS);
    destroyRef.onDestroy(() => clearInterval(timer));
  }
}
