import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { type ApprovalGroup, type PersonKind } from '@techpact/contracts';
import { I18nService, LocalDatePipe, TranslatePipe, type TranslationKey } from '@techpact/web/i18n';
import { PageFeedback } from '@techpact/web/ui';
import { firstValueFrom } from 'rxjs';
import { formatHours } from '../hours/hours-input';
import { monthLabel } from '../shared/month-label';
import { TextDialog, type TextDialogData } from '../shared/text-dialog';
import { TimesheetsApi } from '../timesheets-api.service';
import {
  groupKey,
  groupSelection,
  keepExisting,
  toggleEntry,
  toggleGroup,
} from './approval-selection';

/** Submitted hours per case, person and month; approve or reject a selection or a group. */
@Component({
  selector: 'tp-approval-groups',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatProgressBarModule,
    LocalDatePipe,
    TranslatePipe,
  ],
  templateUrl: './approval-groups.html',
  styleUrl: './approval-groups.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApprovalGroups {
  private readonly api = inject(TimesheetsApi);
  private readonly dialog = inject(MatDialog);
  private readonly i18n = inject(I18nService);

  protected readonly groups = signal<ApprovalGroup[]>([]);
  protected readonly selected = signal<ReadonlySet<string>>(new Set());
  protected readonly loading = signal(true);
  protected readonly busy = signal(false);
  protected readonly feedback = new PageFeedback();

  protected readonly groupKey = groupKey;
  protected readonly kindKey = (kind: PersonKind): TranslationKey =>
    `timesheets.personKinds.${kind}`;

  constructor() {
    void this.load();
  }

  protected hours(value: number): string {
    return formatHours(value, this.i18n.locale());
  }

  protected month(value: string): string {
    return monthLabel(value, this.i18n.locale());
  }

  protected selection(group: ApprovalGroup): 'none' | 'some' | 'all' {
    return groupSelection(group, this.selected());
  }

  protected toggleGroup(group: ApprovalGroup): void {
    this.selected.update((selected) => toggleGroup(group, selected));
  }

  protected toggleEntry(id: string): void {
    this.selected.update((selected) => toggleEntry(id, selected));
  }

  protected approve(ids: string[]): Promise<void> {
    return this.decide(
      () => this.api.decide({ entryIds: ids, decision: 'approve' }),
      ids.length,
      'approved',
    );
  }

  protected async reject(ids: string[]): Promise<void> {
    if (this.busy() || ids.length === 0) return;
    let rejected = 0;
    const data: TextDialogData = {
      title: 'timesheets.approvals.rejectDialog.title',
      intro: 'timesheets.approvals.rejectDialog.intro',
      introParams: { count: ids.length },
      label: 'timesheets.approvals.rejectDialog.label',
      confirm: 'timesheets.approvals.reject',
      required: true,
      send: async (reason) => {
        rejected = (await this.api.decide({ entryIds: ids, decision: 'reject', reason })).count;
      },
    };
    const ref = this.dialog.open<TextDialog, TextDialogData, boolean>(TextDialog, { data });
    if (await firstValueFrom(ref.afterClosed())) {
      await this.decide(() => Promise.resolve({ count: rejected }), rejected, 'rejected');
    }
  }

  protected selectedIds(): string[] {
    return [...this.selected()];
  }

  protected entryIds(group: ApprovalGroup): string[] {
    return group.entries.map((entry) => entry.id);
  }

  private async decide(
    send: () => Promise<{ count: number }>,
    count: number,
    outcome: 'approved' | 'rejected',
  ): Promise<void> {
    if (this.busy() || count === 0) return;
    this.busy.set(true);
    this.feedback.clear();
    try {
      const done = await send();
      this.feedback.succeed({
        key: `timesheets.approvals.${outcome}`,
        params: { count: done.count },
      });
      await this.load(false);
    } catch (error) {
      this.feedback.fail(error);
    } finally {
      this.busy.set(false);
    }
  }

  private async load(clearFeedback = true): Promise<void> {
    this.loading.set(true);
    try {
      const groups = await this.api.approvals();
      this.groups.set(groups);
      this.selected.update((selected) => keepExisting(groups, selected));
      if (clearFeedback) this.feedback.clear();
    } catch (error) {
      this.feedback.fail(error);
    } finally {
      this.loading.set(false);
    }
  }
}
