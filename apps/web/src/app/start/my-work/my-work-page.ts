import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import {
  type Activity,
  type AssessmentKind,
  type AssessmentStatus,
  type ActivityStatus,
} from '@techpact/contracts';
// This page is itself lazy (`loadComponent`), so these feature libraries load with it.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { AssessmentsApi } from '@techpact/web/assessments';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { StateChip } from '@techpact/web/cases';
import {
  I18nService,
  LocalDatePipe,
  LocalNumberPipe,
  TranslatePipe,
  type TranslationKey,
} from '@techpact/web/i18n';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { TimesheetsApi, currentIsoWeek, localToday } from '@techpact/web/timesheets';
import { Loaded } from '../loaded';
import { StartApi } from '../start-api.service';
import { activityBuckets, assessmentsToDo, weekStatus } from './my-work-model';

const CASES_SHOWN = 20;

/** The expert's start page: assessments to run, open activities, this week's hours, their cases. */
@Component({
  selector: 'tp-my-work-page',
  imports: [
    NgTemplateOutlet,
    RouterLink,
    MatButtonModule,
    MatProgressBarModule,
    StateChip,
    LocalDatePipe,
    LocalNumberPipe,
    TranslatePipe,
  ],
  templateUrl: './my-work-page.html',
  styleUrl: '../start-sections.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MyWorkPage {
  private readonly i18n = inject(I18nService);
  private readonly timesheets = inject(TimesheetsApi);
  private readonly assessmentsApi = inject(AssessmentsApi);
  private readonly startApi = inject(StartApi);

  /** Read once: a page left open over midnight still shows the week it opened on. */
  protected readonly week = currentIsoWeek();
  private readonly today = localToday();

  protected readonly assessments = new Loaded(async () =>
    assessmentsToDo((await this.assessmentsApi.list({ status: null, kind: null })).items),
  );
  protected readonly activities = new Loaded(() => this.timesheets.myActivities());
  protected readonly hours = new Loaded(() => this.timesheets.week(this.week));
  protected readonly cases = new Loaded(() => this.startApi.cases(CASES_SHOWN));

  protected readonly buckets = computed(() => {
    const { overdue, dueSoon, inProgress } = activityBuckets(
      this.activities.value() ?? [],
      this.today,
    );
    const groups: { key: TranslationKey; id: string; items: Activity[] }[] = [
      { key: 'myWork.activities.overdue', id: 'work-overdue', items: overdue },
      { key: 'myWork.activities.dueSoon', id: 'work-due-soon', items: dueSoon },
      { key: 'myWork.activities.inProgress', id: 'work-in-progress', items: inProgress },
    ];
    return groups.filter((group) => group.items.length > 0);
  });

  protected readonly days = computed(() => {
    const week = this.hours.value();
    if (!week) return [];
    const weekday = new Intl.DateTimeFormat(this.i18n.locale(), {
      weekday: 'long',
      timeZone: 'UTC',
    });
    return week.days.map((date, i) => ({
      date,
      weekday: weekday.format(new Date(`${date}T00:00:00Z`)),
      hours: week.dayTotals[i] ?? 0,
      today: date === this.today,
    }));
  });

  protected readonly weekStatusKey = computed<TranslationKey | null>(() => {
    const week = this.hours.value();
    return week ? `myWork.week.status.${weekStatus(week)}` : null;
  });

  constructor() {
    void this.assessments.load();
    void this.activities.load();
    void this.hours.load();
    void this.cases.load();
  }

  protected kindKey(kind: AssessmentKind): TranslationKey {
    return `assessments.kinds.${kind}`;
  }

  protected assessmentStatusKey(status: AssessmentStatus): TranslationKey {
    return `assessments.statuses.${status}`;
  }

  protected activityStatusKey(status: ActivityStatus): TranslationKey {
    return `timesheets.activities.statuses.${status}`;
  }
}
