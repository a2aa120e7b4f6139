import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { type AgreementUpgrade, type RefSummary } from '@techpact/contracts';
import { I18nService, LocalDatePipe, TranslatePipe } from '@techpact/web/i18n';
import { PageFeedback } from '@techpact/web/ui';
import { AgreementsApi } from '../agreements-api.service';
import { UpgradeDialog, type UpgradeDialogData } from './upgrade-dialog';

/**
 * The draft's upgrades with add, edit and delete. What is still missing for sending (expert,
 * hours, date) is marked in the row, so the coordinator sees it before the API says so.
 */
@Component({
  selector: 'tp-upgrades-editor',
  imports: [MatButtonModule, LocalDatePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './upgrades-editor.html',
  styles: `
    .table-wrap {
      overflow-x: auto;
      margin-bottom: 12px;
    }
    .missing {
      color: var(--mat-sys-error);
      font-weight: 500;
    }
    .num {
      text-align: end;
    }
    td.actions {
      white-space: nowrap;
    }
    .none {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
})
export class UpgradesEditor {
  private readonly api = inject(AgreementsApi);
  private readonly dialog = inject(MatDialog);
  private readonly i18n = inject(I18nService);
  private readonly document = inject(DOCUMENT);

  readonly caseId = input.required<string>();
  readonly upgrades = input.required<readonly AgreementUpgrade[]>();
  readonly experts = input.required<readonly RefSummary[]>();
  /** An upgrade was added, changed or deleted: the draft needs reloading. */
  readonly changed = output<void>();

  protected readonly busy = signal<string | null>(null);
  protected readonly feedback = new PageFeedback();

  protected open(upgrade: AgreementUpgrade | null): void {
    this.feedback.clear();
    const data: UpgradeDialogData = { caseId: this.caseId(), upgrade, experts: this.experts() };
    this.dialog
      .open<UpgradeDialog, UpgradeDialogData, boolean>(UpgradeDialog, {
        data,
        width: '640px',
        maxWidth: '95vw',
      })
      .afterClosed()
      .subscribe((saved) => {
        if (saved) {
          this.feedback.succeed({ key: 'agreements.upgrades.saved' });
          this.changed.emit();
        }
      });
  }

  protected async remove(upgrade: AgreementUpgrade): Promise<void> {
    const question = this.i18n.t('agreements.upgrades.deleteConfirm', { title: upgrade.title });
    if (this.busy() || !this.document.defaultView?.confirm(question)) return;
    this.feedback.clear();
    this.busy.set(upgrade.id);
    try {
      await this.api.deleteUpgrade(this.caseId(), upgrade.id);
      this.feedback.succeed({ key: 'agreements.upgrades.deleted' });
      this.changed.emit();
    } catch (error) {
      this.feedback.fail(error);
    } finally {
      this.busy.set(null);
    }
  }
}
