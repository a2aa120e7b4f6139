import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { type Activity, type ActivityStatus } from '@techpact/contracts';
import { I18nService, LocalDatePipe, TranslatePipe } from '@techpact/web/i18n';
import { formatHours } from '../hours/hours-input';
import { levelKey, moveKey, percentUsed, statusKey } from './activity-labels';

/** A request to move an activity to another status. */
export interface StatusMove {
  activity: Activity;
  status: ActivityStatus;
}

/**
 * Activities with status, planned vs logged hours (warning from 80 %, over at 100 %) and target
 * date, and buttons for the statuses the caller may move each one to.
 */
@Component({
  selector: 'tp-activities-table',
  imports: [RouterLink, MatButtonModule, MatProgressBarModule, LocalDatePipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="scroller">
      <table class="tp-table">
        <caption class="visually-hidden">
          {{
            caption()
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ 'timesheets.activities.activity' | t }}</th>
            <th scope="col">{{ 'timesheets.activities.status' | t }}</th>
            <th scope="col">{{ 'timesheets.activities.hours' | t }}</th>
            <th scope="col">{{ 'timesheets.activities.targetDate' | t }}</th>
            <th scope="col">
              <span class="visually-hidden">{{ 'common.actions' | t }}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          @for (activity of activities(); track activity.id) {
            @let used = percent(activity);
            <tr>
              <th scope="row">
                {{ activity.title }}
                @if (showCase()) {
                  <a class="secondary" [routerLink]="['/cases', activity.caseId]">{{
                    activity.company.name
                  }}</a>
                } @else {
                  <span class="secondary">{{ activity.expert.name }}</span>
                }
              </th>
              <td>
                {{ statusKey(activity.status) | t }}
                @if (activity.cancelReason) {
                  <span class="secondary">{{ activity.cancelReason }}</span>
                } @else if (activity.outcomeNotes) {
                  <span class="secondary">{{ activity.outcomeNotes }}</span>
                }
              </td>
              <td class="hours">
                {{
                  'timesheets.activities.loggedOfPlanned'
                    | t
                      : {
                          logged: hours(activity.loggedHours),
                          planned: hours(activity.plannedHours),
                        }
                }}
                <mat-progress-bar
                  mode="determinate"
                  [value]="used"
                  [class.warning]="activity.hoursLevel === 'warning'"
                  [class.over]="activity.hoursLevel === 'over'"
                  aria-hidden="true"
                />
                @if (activity.hoursLevel !== 'ok') {
                  <span class="level" [class.over]="activity.hoursLevel === 'over'">{{
                    levelKey(activity.hoursLevel) | t: { percent: used }
                  }}</span>
                }
              </td>
              <td>{{ activity.targetDate | tDate }}</td>
              <td class="moves">
                @for (status of activity.allowedStatuses; track status) {
                  <button
                    mat-stroked-button
                    type="button"
                    [disabled]="busy()"
                    [attr.aria-label]="
                      'timesheets.activities.moveNamed'
                        | t: { move: (moveKey(status) | t), title: activity.title }
                    "
                    (click)="move.emit({ activity, status })"
                  >
                    {{ moveKey(status) | t }}
                  </button>
                }
              </td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    :host {
      display: block;
    }
    .scroller {
      overflow-x: auto;
    }
    .hours {
      min-width: 160px;
    }
    .hours mat-progress-bar {
      margin: 4px 0;
    }
    .warning {
      --mat-progress-bar-active-indicator-color: var(--mat-sys-tertiary);
    }
    .over {
      --mat-progress-bar-active-indicator-color: var(--mat-sys-error);
    }
    .level {
      font: var(--mat-sys-body-small);
      font-weight: 500;
    }
    .level.over {
      color: var(--mat-sys-error);
    }
    .moves {
      display: flex;
      flex-wrap: wrap;
      gap: 4px;
    }
  `,
})
export class ActivitiesTable {
  private readonly i18n = inject(I18nService);

  readonly activities = input.required<Activity[]>();
  readonly caption = input.required<string>();
  /** Link each activity to its case (lists across cases) instead of naming the expert. */
  readonly showCase = input(true);
  readonly busy = input(false);
  readonly move = output<StatusMove>();

  protected readonly statusKey = statusKey;
  protected readonly moveKey = moveKey;
  protected readonly levelKey = levelKey;

  protected hours(value: number): string {
    return formatHours(value, this.i18n.locale());
  }

  protected percent(activity: Activity): number {
    return percentUsed(activity.loggedHours, activity.plannedHours);
  }
}
