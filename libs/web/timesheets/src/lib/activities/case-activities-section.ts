import {
  ChangeDetectionStrategy,
  Component,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { TranslatePipe } from '@techpact/web/i18n';
import { TimesheetsApi } from '../timesheets-api.service';
import { ActivitiesState } from './activities-loader';
import { ActivitiesTable } from './activities-table';
import { ActivityStatusFlow } from './activity-status-flow';

/**
 * The innovation activities of one case on the case page: status, planned vs logged hours,
 * target date and the status changes the caller may make. Shows nothing when the case has no
 * activities yet or the caller may not read them.
 */
@Component({
  selector: 'tp-case-activities-section',
  imports: [TranslatePipe, ActivitiesTable],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (visible()) {
      <section aria-labelledby="case-activities-heading">
        <h2 id="case-activities-heading">{{ 'timesheets.activities.ofCase' | t }}</h2>
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
        <tp-activities-table
          [activities]="state.activities()"
          [caption]="'timesheets.activities.ofCase' | t"
          [showCase]="false"
          [busy]="state.busy()"
          (move)="state.move($event)"
        />
      </section>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    section {
      margin-bottom: 24px;
    }
    h2 {
      font: var(--mat-sys-title-large);
      margin: 0 0 12px;
    }
  `,
})
export class CaseActivitiesSection {
  private readonly api = inject(TimesheetsApi);

  readonly caseId = input.required<string>();
  /** The case's state value; a change (e.g. after an event) loads the activities again. */
  readonly caseState = input.required<string>();

  protected readonly state = new ActivitiesState(inject(ActivityStatusFlow));
  protected readonly visible = signal(false);

  constructor() {
    effect(() => {
      const id = this.caseId();
      this.caseState();
      untracked(() => void this.load(id));
    });
  }

  private async load(id: string): Promise<void> {
    const ok = await this.state.load(() => this.api.caseActivities(id));
    // Not allowed, or none yet: the section stays away, like the other case sections.
    this.visible.set(ok && id === this.caseId() && this.state.activities().length > 0);
    if (!ok) this.state.feedback.clear();
  }
}
