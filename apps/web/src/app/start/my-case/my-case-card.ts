import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { type ActivityStatus, type PendingSignature } from '@techpact/contracts';
// This card is part of a lazy page (`loadComponent`): these libraries load with it.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { AgreementsApi, versionPdfUrl } from '@techpact/web/agreements';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { CasePath, StateChip } from '@techpact/web/cases';
import {
  LocalDatePipe,
  LocalNumberPipe,
  TranslatePipe,
  type TranslationKey,
} from '@techpact/web/i18n';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { TimesheetsApi, currentIsoWeek } from '@techpact/web/timesheets';
import { Loaded } from '../loaded';
import { StartApi } from '../start-api.service';
import { expectedNow, inForce, progressPercent } from './my-case-model';

/**
 * One case of the company on "my case": where it stands, what is expected now, the signed
 * agreement and each activity's progress. Laid out as one column so that it reads on a phone.
 */
@Component({
  selector: 'tp-my-case-card',
  imports: [
    NgTemplateOutlet,
    RouterLink,
    MatButtonModule,
    MatProgressBarModule,
    CasePath,
    StateChip,
    LocalDatePipe,
    LocalNumberPipe,
    TranslatePipe,
  ],
  templateUrl: './my-case-card.html',
  styleUrl: './my-case-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyCaseCard {
  private readonly startApi = inject(StartApi);
  private readonly agreementsApi = inject(AgreementsApi);
  private readonly timesheets = inject(TimesheetsApi);

  readonly caseId = input.required<string>();
  /** What the user is asked to sign, across their cases (loaded once by the page). */
  readonly pending = input.required<readonly PendingSignature[]>();

  protected readonly week = currentIsoWeek();
  protected readonly caseFile = new Loaded(() => this.startApi.caseFile(this.caseId()));
  protected readonly agreement = new Loaded(() => this.agreementsApi.overview(this.caseId()));
  protected readonly activities = new Loaded(() => this.timesheets.caseActivities(this.caseId()));

  protected readonly expected = computed(() => {
    const caseFile = this.caseFile.value();
    return caseFile ? expectedNow(caseFile, this.pending(), this.activities.value() ?? []) : null;
  });
  protected readonly inForce = computed(() => inForce(this.agreement.value()));
  protected readonly progress = progressPercent;
  protected readonly pdfUrl = (number: number): string =>
    versionPdfUrl(this.caseId(), number, 'signed');

  constructor() {
    effect(() => {
      this.caseId();
      untracked(() => {
        void this.caseFile.load();
        void this.agreement.load();
        void this.activities.load();
      });
    });
  }

  protected statusKey(status: ActivityStatus): TranslationKey {
    return `timesheets.activities.statuses.${status}`;
  }
}
