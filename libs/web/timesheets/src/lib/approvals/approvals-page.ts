import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TranslatePipe } from '@techpact/web/i18n';
import { TimeExport } from '../exports/time-export';
import { ApprovalGroups } from './approval-groups';
import { MonthLocks } from './month-locks';

/** `/approvals` (coordinator, admin): submitted hours to decide, month locks, and exports. */
@Component({
  selector: 'tp-approvals-page',
  imports: [TranslatePipe, ApprovalGroups, MonthLocks, TimeExport],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page-header">
      <h1>{{ 'timesheets.approvals.title' | t }}</h1>
    </div>
    <p class="intro">{{ 'timesheets.approvals.intro' | t }}</p>
    <tp-approval-groups />
    <tp-month-locks />
    <tp-time-export />
  `,
  styles: `
    :host {
      display: block;
      max-width: 1100px;
    }
    .intro {
      color: var(--mat-sys-on-surface-variant);
    }
    tp-approval-groups,
    tp-month-locks {
      margin-bottom: 32px;
    }
  `,
})
export class ApprovalsPage {}
