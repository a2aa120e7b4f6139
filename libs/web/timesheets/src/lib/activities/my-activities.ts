import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { I18nService, TranslatePipe } from '@techpact/web/i18n';
import { TimesheetsApi } from '../timesheets-api.service';
import { ActivitiesState } from './activities-loader';
import { ActivitiesTable } from './activities-table';
import { ActivityStatusFlow } from './activity-status-flow';

/** The expert's open activities across cases, with their status changes ("my activities"). */
@Component({
  selector: 'tp-my-activities',
  imports: [MatProgressBarModule, TranslatePipe, ActivitiesTable],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="my-activities-heading">
      <h2 id="my-activities-heading">{{ 'timesheets.activities.mine' | t }}</h2>
      @if (state.loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'app.loading' | t" />
      }
      <div role="alert">
        @if (state.feedback.errorText(); as errorText) {
          <p class="form-error">{{ errorText }}</p>
        }
      </div>
      <div role="status" class="status-line">
        @if (state.feedback.statusText(); as statusText) {
          <p>{{ statusText }}</p>
        }
      </div>
      @if (!state.loading() && open().length === 0) {
        <p>{{ 'timesheets.activities.noneOpen' | t }}</p>
      } @else if (open().length > 0) {
        <tp-activities-table
          [activities]="open()"
          [caption]="'timesheets.activities.mine' | t"
          [busy]="state.busy()"
          (move)="state.move($event)"
        />
      }
    </section>
  `,
  styles: `
    :host {
      display: block;
    }
    h2 {
      font: var(--mat-sys-title-large);
      margin: 24px 0 12px;
    }
  `,
})
export class MyActivities {
  private readonly api = inject(TimesheetsApi);
  protected readonly i18n = inject(I18nService);
  protected readonly state = new ActivitiesState(inject(ActivityStatusFlow));

  /** Open work first: planned and in progress; done or cancelled ones drop off. */
  protected readonly open = computed(() =>
    this.state
      .activities()
      .filter((a) => a.status === 'planned' || a.status === 'in_progress')
      .sort((a, b) => a.targetDate.localeCompare(b.targetDate)),
  );

  constructor() {
    void this.state.load(() => this.api.myActivities());
  }
}
