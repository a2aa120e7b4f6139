import { Injectable, inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import { type Activity, type ActivityStatus } from '@techpact/contracts';
import { firstValueFrom } from 'rxjs';
import { TextDialog, type TextDialogData } from '../shared/text-dialog';
import { TimesheetsApi } from '../timesheets-api.service';

/**
 * Moves an activity to a status: at once for "start", through a dialog for "done" (optional
 * outcome notes) and "cancel" (a reason is required). Resolves with the changed activity, or
 * null when the person closed the dialog; rejects with the API's error otherwise.
 */
@Injectable({ providedIn: 'root' })
export class ActivityStatusFlow {
  private readonly api = inject(TimesheetsApi);
  private readonly dialog = inject(MatDialog);

  async change(activity: Activity, status: ActivityStatus): Promise<Activity | null> {
    const send = (extra: { reason?: string; outcomeNotes?: string }): Promise<Activity> =>
      this.api.changeStatus(activity.id, {
        status,
        expectedRowVersion: activity.rowVersion,
        ...extra,
      });
    if (status !== 'done' && status !== 'cancelled') return send({});

    let changed: Activity | null = null;
    const data: TextDialogData =
      status === 'done'
        ? {
            title: 'timesheets.activities.doneDialog.title',
            intro: 'timesheets.activities.doneDialog.intro',
            introParams: { title: activity.title },
            label: 'timesheets.activities.doneDialog.label',
            confirm: 'timesheets.activities.moves.done',
            required: false,
            send: async (text) => {
              changed = await send(text ? { outcomeNotes: text } : {});
            },
          }
        : {
            title: 'timesheets.activities.cancelDialog.title',
            intro: 'timesheets.activities.cancelDialog.intro',
            introParams: { title: activity.title },
            label: 'timesheets.activities.cancelDialog.label',
            confirm: 'timesheets.activities.moves.cancelled',
            required: true,
            send: async (text) => {
              changed = await send({ reason: text });
            },
          };
    const ref = this.dialog.open<TextDialog, TextDialogData, boolean>(TextDialog, { data });
    await firstValueFrom(ref.afterClosed());
    return changed;
  }
}
