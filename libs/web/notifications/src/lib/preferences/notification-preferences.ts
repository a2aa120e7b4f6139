import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import {
  EVENT_NOTIFICATION_KINDS,
  type NotificationKind,
  type NotificationPreference,
  REMINDER_NOTIFICATION_KINDS,
} from '@techpact/contracts';
import { TranslatePipe, type TranslationKey } from '@techpact/web/i18n';
import { PageFeedback } from '@techpact/web/ui';
import { NotificationsApi } from '../notifications-api.service';

/** Per kind: e-mail and in-app, or in-app only. */
@Component({
  selector: 'tp-notification-preferences',
  imports: [MatButtonModule, MatCheckboxModule, TranslatePipe],
  templateUrl: './notification-preferences.html',
  styles: `
    fieldset {
      border: none;
      margin: 0 0 16px;
      padding: 0;
    }
    legend {
      font: var(--mat-sys-title-small);
      margin-bottom: 4px;
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
      columns: 2 280px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NotificationPreferences {
  private readonly api = inject(NotificationsApi);
  protected readonly feedback = new PageFeedback();
  protected readonly email = signal<ReadonlyMap<NotificationKind, boolean>>(new Map());
  protected readonly loaded = signal(false);
  protected readonly saving = signal(false);
  protected readonly groups: readonly {
    legend: TranslationKey;
    kinds: readonly NotificationKind[];
  }[] = [
    { legend: 'notifications.preferences.events', kinds: EVENT_NOTIFICATION_KINDS },
    { legend: 'notifications.preferences.reminders', kinds: REMINDER_NOTIFICATION_KINDS },
  ];

  constructor() {
    void this.load();
  }

  protected kindKey(kind: NotificationKind): TranslationKey {
    return `notifications.kinds.${kind}`;
  }

  protected set(kind: NotificationKind, value: boolean): void {
    this.email.update((current) => new Map(current).set(kind, value));
  }

  protected async save(): Promise<void> {
    this.saving.set(true);
    try {
      const preferences: NotificationPreference[] = [...this.email()].map(([kind, email]) => ({
        kind,
        email,
      }));
      this.apply((await this.api.savePreferences(preferences)).preferences);
      this.feedback.succeed({ key: 'notifications.preferences.saved' });
    } catch (error) {
      this.feedback.fail(error);
    } finally {
      this.saving.set(false);
    }
  }

  private async load(): Promise<void> {
    try {
      this.apply((await this.api.preferences()).preferences);
      this.loaded.set(true);
    } catch (error) {
      this.feedback.fail(error);
    }
  }

  private apply(preferences: readonly NotificationPreference[]): void {
    this.email.set(new Map(preferences.map((p) => [p.kind, p.email])));
  }
}
