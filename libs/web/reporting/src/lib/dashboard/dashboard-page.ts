import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  type CountWithTarget,
  type DashboardResponse,
  type ReportingQuery,
} from '@techpact/contracts';
import { AuthService } from '@techpact/web/auth';
import { I18nService, TranslatePipe, type TranslationKey } from '@techpact/web/i18n';
import { PageFeedback } from '@techpact/web/ui';
import { map } from 'rxjs';
import { BarChart } from '../charts/bar-chart';
import { ChangeChart } from '../charts/change-chart';
import { type ChartRow } from '../charts/chart-model';
import { FunnelChart } from '../charts/funnel-chart';
import { ReportingApi } from '../reporting-api.service';
import { stageKey, stateLabel } from '../shared/labels';
import { ReportingFilters } from '../shared/reporting-filters';
import { queryParams, readQuery, sameQuery } from '../shared/reporting-query';
import { AttentionList } from './attention-list';

/**
 * The coordinator's and admin's start page: the programme's figures for a period and a
 * municipality. The filters live in the address, so a dashboard can be bookmarked and shared.
 */
@Component({
  selector: 'tp-dashboard-page',
  imports: [
    RouterLink,
    MatProgressBarModule,
    AttentionList,
    BarChart,
    ChangeChart,
    FunnelChart,
    ReportingFilters,
    TranslatePipe,
  ],
  templateUrl: './dashboard-page.html',
  styleUrl: './dashboard-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DashboardPage {
  private readonly api = inject(ReportingApi);
  private readonly i18n = inject(I18nService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly me = inject(AuthService).me;
  protected readonly query = toSignal(this.route.queryParamMap.pipe(map(readQuery)), {
    initialValue: readQuery(this.route.snapshot.queryParamMap),
    equal: sameQuery,
  });
  protected readonly data = signal<DashboardResponse | null>(null);
  protected readonly loading = signal(true);
  protected readonly feedback = new PageFeedback();
  private loads = 0;

  protected readonly funnel = computed<ChartRow[]>(() =>
    (this.data()?.funnel ?? []).map((step) => ({
      label: stateLabel(step.state, this.i18n),
      value: step.count,
      cases: step.cases,
    })),
  );
  protected readonly agreements = computed<ChartRow[]>(() => {
    const data = this.data();
    if (!data) return [];
    return [
      this.row('reporting.dashboard.agreementsSigned', data.agreementsSigned),
      this.row('reporting.dashboard.activitiesIdentified', data.activities.identified),
      this.row('reporting.dashboard.activitiesStarted', data.activities.started),
      this.row('reporting.dashboard.activitiesDone', data.activities.done),
    ];
  });
  protected readonly hours = computed<ChartRow[]>(() => {
    const data = this.data();
    if (!data) return [];
    return [
      this.row('reporting.dashboard.expertHours', data.hours.expert),
      this.row('reporting.dashboard.smeHours', data.hours.sme),
    ];
  });
  protected readonly results = computed<ChartRow[]>(() => {
    const data = this.data();
    if (!data) return [];
    return [
      this.row('reporting.dashboard.jobs', data.jobsCreated),
      this.row('reporting.dashboard.newProducts', data.companiesWithNewProducts),
    ];
  });
  protected readonly stages = computed<ChartRow[]>(() =>
    (this.data()?.stageDurations ?? []).map((stage) => ({
      label: this.i18n.t('reporting.dashboard.stageCases', {
        stage: this.i18n.t(stageKey(stage.stage)),
        cases: stage.cases,
      }),
      value: stage.averageDays ?? 0,
    })),
  );

  constructor() {
    effect(() => {
      const query = this.query();
      untracked(() => void this.load(query));
    });
  }

  protected filter(query: ReportingQuery): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: queryParams(query),
      replaceUrl: true,
    });
  }

  protected reload(): void {
    void this.load(this.query());
  }

  private row(key: TranslationKey, count: CountWithTarget): ChartRow {
    return {
      label: this.i18n.t(key),
      value: count.value,
      target: count.target,
      cases: count.cases,
    };
  }

  private async load(query: ReportingQuery): Promise<void> {
    // A newer filter wins: answers of older ones are dropped.
    const load = ++this.loads;
    this.loading.set(true);
    this.feedback.clear();
    try {
      const data = await this.api.dashboard(query);
      if (load === this.loads) this.data.set(data);
    } catch (error) {
      if (load === this.loads) this.feedback.fail(error);
    } finally {
      if (load === this.loads) this.loading.set(false);
    }
  }
}
