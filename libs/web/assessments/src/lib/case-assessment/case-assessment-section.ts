import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { type CaseAssessmentsResponse } from '@techpact/contracts';
import { TranslatePipe } from '@techpact/web/i18n';
import { AssessmentRadar } from '../assessment-chart/assessment-radar';
import { kindKey, statusKey } from '../assessment-labels';
import { AssessmentsApi } from '../assessments-api.service';
import { UpgradeSuggestions } from '../upgrade-suggestions/upgrade-suggestions';

/**
 * The assessment part of the case page: T0 and T1 with links to their forms, the radar chart and
 * the upgrade suggestions. Shows nothing to someone who may not read the assessments.
 */
@Component({
  selector: 'tp-case-assessment-section',
  imports: [RouterLink, MatButtonModule, AssessmentRadar, UpgradeSuggestions, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (overview(); as overview) {
      <section aria-labelledby="case-assessment-heading">
        <h2 id="case-assessment-heading">{{ 'assessments.casePage.heading' | t }}</h2>
        <ul class="kinds">
          @for (item of [overview.t0, overview.t1]; track item.kind) {
            @if (item.kind === 'T0' || showFollowUp()) {
              <li>
                <span>{{
                  'assessments.casePage.status'
                    | t: { kind: (kindKey(item.kind) | t), status: (statusKey(item.status) | t) }
                }}</span>
                <a
                  mat-stroked-button
                  [routerLink]="[
                    '/cases',
                    caseId(),
                    'assessment',
                    item.kind === 'T0' ? 't0' : 't1',
                  ]"
                  >{{
                    (item.kind === 'T0'
                      ? 'assessments.casePage.openT0'
                      : 'assessments.casePage.openT1'
                    ) | t
                  }}</a
                >
              </li>
            }
          }
        </ul>
        <div class="overview">
          <tp-assessment-radar [rows]="overview.comparison" />
          <tp-upgrade-suggestions
            headingId="case-upgrade-suggestions-heading"
            [suggestions]="overview.suggestions"
          />
        </div>
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
    .kinds {
      list-style: none;
      padding: 0;
      margin: 0 0 16px;
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .kinds li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 12px;
    }
    .overview {
      display: flex;
      flex-wrap: wrap;
      gap: 32px;
    }
    .overview > * {
      flex: 1 1 320px;
    }
  `,
})
export class CaseAssessmentSection {
  private readonly api = inject(AssessmentsApi);

  readonly caseId = input.required<string>();
  /** The case's state value; a change (e.g. after an event) loads the assessments again. */
  readonly state = input.required<string>();

  protected readonly overview = signal<CaseAssessmentsResponse | null>(null);
  protected readonly kindKey = kindKey;
  protected readonly statusKey = statusKey;
  protected readonly showFollowUp = computed(() => {
    const overview = this.overview();
    return this.state() === 'completion' || (overview?.t1.status ?? 'notStarted') !== 'notStarted';
  });

  constructor() {
    effect(() => {
      const id = this.caseId();
      this.state();
      untracked(() => void this.load(id));
    });
  }

  private async load(id: string): Promise<void> {
    try {
      const overview = await this.api.overview(id);
      if (id === this.caseId()) this.overview.set(overview);
    } catch {
      // Not allowed to read them (e.g. the company's own user), or not there: the section stays away.
      this.overview.set(null);
    }
  }
}
