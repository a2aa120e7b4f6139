import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { type Page, type ReminderItem } from '@techpact/contracts';
import { LocalDatePipe, TranslatePipe, type TranslationKey } from '@techpact/web/i18n';
import { PageFeedback } from '@techpact/web/ui';
import { RemindersApi } from '../reminders-api.service';

/** Enough for one case's life; the reminders page has every filter for more. */
const LIMIT = 100;

/** The reminders tab of the case page: scheduled ones first, then those sent, cancelled or dropped. */
@Component({
  selector: 'tp-case-reminders-section',
  imports: [RouterLink, MatProgressBarModule, LocalDatePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="case-reminders-heading">
      <h2 id="case-reminders-heading">{{ 'caseHub.reminders.heading' | t }}</h2>
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'app.loading' | t" />
      }
      <div role="alert">
        @if (feedback.errorText(); as errorText) {
          <p class="form-error">{{ errorText }}</p>
        }
      </div>
      @if (page(); as page) {
        @if (page.items.length === 0) {
          <p>{{ 'caseHub.reminders.none' | t }}</p>
        } @else {
          <div class="table-scroll">
            <table>
              <caption class="visually-hidden">
                {{
                  'caseHub.reminders.caption' | t
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{{ 'reminders.table.dueAt' | t }}</th>
                  <th scope="col">{{ 'reminders.table.kind' | t }}</th>
                  <th scope="col">{{ 'reminders.table.recipient' | t }}</th>
                  <th scope="col">{{ 'reminders.table.status' | t }}</th>
                </tr>
              </thead>
              <tbody>
                @for (row of page.items; track row.id) {
                  <tr>
                    <td class="nowrap">{{ row.dueAt | tDate: true }}</td>
                    <td>
                      {{ kindKey(row.kind) | t }}
                      @if (row.activityTitle) {
                        <span class="meta">· {{ row.activityTitle }}</span>
                      }
                    </td>
                    <td>
                      {{ row.recipientName ?? (recipientKey(row.recipient) | t) }}
                    </td>
                    <td>
                      {{ statusKey(row.status) | t }}
                      @if (row.closedAt) {
                        <span class="meta">· {{ row.closedAt | tDate: true }}</span>
                      }
                    </td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
      }
      <p>
        <a routerLink="/reminders">{{ 'caseHub.reminders.all' | t }}</a>
      </p>
    </section>
  `,
  styles: `
    :host {
      display: block;
    }
    h2 {
      font: var(--mat-sys-title-large);
      margin: 0 0 12px;
    }
    .table-scroll {
      overflow-x: auto;
    }
    table {
      border-collapse: collapse;
      width: 100%;
    }
    th,
    td {
      text-align: start;
      padding: 8px;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      font-weight: normal;
    }
    thead th {
      font: var(--mat-sys-label-large);
    }
    .nowrap {
      white-space: nowrap;
    }
    .meta {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class CaseRemindersSection {
  private readonly api = inject(RemindersApi);

  readonly caseId = input.required<string>();
  /** The case's state value; an event changes the reminders, so a change loads them again. */
  readonly state = input.required<string>();

  protected readonly page = signal<Page<ReminderItem> | null>(null);
  protected readonly loading = signal(false);
  protected readonly feedback = new PageFeedback();

  constructor() {
    effect(() => {
      const id = this.caseId();
      this.state();
      untracked(() => void this.load(id));
    });
  }

  // Kinds and recipients come from the worker as plain strings; unknown ones show their key.
  protected kindKey(kind: string): TranslationKey {
    return `notifications.kinds.${kind}` as TranslationKey;
  }

  protected statusKey(status: string): TranslationKey {
    return `reminders.statuses.${status}` as TranslationKey;
  }

  protected recipientKey(recipient: string): TranslationKey {
    return `reminders.recipients.${recipient}` as TranslationKey;
  }

  private async load(id: string): Promise<void> {
    this.loading.set(true);
    this.feedback.clear();
    try {
      const page = await this.api.list({ caseId: id, limit: LIMIT, offset: 0 });
      if (id === this.caseId()) this.page.set(page);
    } catch (error) {
      this.feedback.fail(error);
    } finally {
      this.loading.set(false);
    }
  }
}
