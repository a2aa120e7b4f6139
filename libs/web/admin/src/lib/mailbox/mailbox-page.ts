import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { type MailMessageResponse } from '@techpact/contracts';
import { LocalDatePipe, TranslatePipe } from '@techpact/web/i18n';
import { PageFeedback } from '@techpact/web/ui';
import { AdminApi } from '../admin-api.service';
import { linkify } from './linkify';

/** The development mailbox: e-mails kept instead of sent, newest first, with a reader. */
@Component({
  selector: 'tp-mailbox-page',
  imports: [MatButtonModule, MatCardModule, MatProgressBarModule, TranslatePipe, LocalDatePipe],
  templateUrl: './mailbox-page.html',
  styleUrl: './mailbox-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MailboxPage {
  private readonly api = inject(AdminApi);
  protected readonly feedback = new PageFeedback();
  protected readonly messages = signal<MailMessageResponse[]>([]);
  protected readonly loading = signal(true);
  protected readonly selectedId = signal<string | null>(null);
  protected readonly selected = computed(
    () => this.messages().find((message) => message.id === this.selectedId()) ?? null,
  );
  protected readonly body = computed(() => linkify(this.selected()?.text ?? ''));

  constructor() {
    void this.load();
  }

  protected select(message: MailMessageResponse): void {
    this.selectedId.set(message.id);
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.feedback.clear();
    try {
      this.messages.set(await this.api.mailbox());
    } catch (error) {
      this.feedback.fail(error);
    } finally {
      this.loading.set(false);
    }
  }
}
