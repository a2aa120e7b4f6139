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
import { type FunderReport, type ReportingQuery } from '@techpact/contracts';
import { AuthService } from '@techpact/web/auth';
import { LocalDatePipe, TranslatePipe } from '@techpact/web/i18n';
import { PageFeedback } from '@techpact/web/ui';
import { map } from 'rxjs';
import { NumberPipe } from '../charts/chart-number';
import { ReportingApi } from '../reporting-api.service';
import { ReportingFilters } from '../shared/reporting-filters';
import { queryParams, readQuery, sameQuery, withDefaultPeriod } from '../shared/reporting-query';
import { TargetsForm } from '../targets/targets-form';
import { IndicatorsTable } from './indicators-table';
import { ReportDownloads } from './report-downloads';

/**
 * The funder's report for a period: the common indicators with the enterprises behind each,
 * hours by kind of person, and the same as XLSX or PDF. Admins also set the targets here.
 */
@Component({
  selector: 'tp-funder-report-page',
  imports: [
    RouterLink,
    MatProgressBarModule,
    IndicatorsTable,
    ReportDownloads,
    ReportingFilters,
    TargetsForm,
    NumberPipe,
    LocalDatePipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p class="back">
      <a routerLink="/dashboard" [queryParams]="address()"
        ><span aria-hidden="true">←</span> {{ 'nav.dashboard' | t }}</a
      >
    </p>
    <h1>{{ 'reporting.report.title' | t }}</h1>
    <tp-reporting-filters [query]="query()" (queryChange)="filter($event)" />

    <div role="status" class="status-line">
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'app.loading' | t" />
      }
    </div>
    <div role="alert">
      @if (feedback.errorText(); as errorText) {
        <p class="form-error">{{ errorText }}</p>
      }
    </div>

    @if (report(); as report) {
      <section aria-labelledby="report-indicators" [attr.aria-busy]="loading()">
        <h2 id="report-indicators">{{ 'reporting.report.indicators' | t }}</h2>
        <p class="muted">
          {{
            'reporting.report.period'
              | t
                : {
                    programme: report.programme.name,
                    from: (report.query.from | tDate),
                    to: (report.query.to | tDate),
                  }
          }}
          · {{ 'reporting.report.countedOnce' | t }}
        </p>
        <tp-indicators-table [indicators]="report.indicators" />
      </section>

      <section aria-labelledby="report-hours">
        <h2 id="report-hours">{{ 'reporting.report.hours' | t }}</h2>
        <table class="hours">
          <caption class="visually-hidden">
            {{
              'reporting.report.hours' | t
            }}
          </caption>
          <tbody>
            <tr>
              <th scope="row">{{ 'reporting.dashboard.expertHours' | t }}</th>
              <td class="number">{{ report.hours.expert | tNumber }}</td>
            </tr>
            <tr>
              <th scope="row">{{ 'reporting.dashboard.smeHours' | t }}</th>
              <td class="number">{{ report.hours.sme | tNumber }}</td>
            </tr>
          </tbody>
        </table>
      </section>
    }

    <section aria-labelledby="report-download">
      <h2 id="report-download">{{ 'reporting.report.download' | t }}</h2>
      <tp-report-downloads [query]="query()" />
    </section>

    @if (isAdmin()) {
      <section aria-labelledby="report-targets">
        <h2 id="report-targets">{{ 'reporting.targets.heading' | t }}</h2>
        <tp-targets-form />
      </section>
    }
  `,
  styles: `
    :host {
      display: block;
      max-width: 1100px;
    }
    .back {
      margin: 0 0 8px;
    }
    section {
      margin-bottom: 32px;
    }
    h2 {
      font: var(--mat-sys-title-large);
      margin: 0 0 12px;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .hours th,
    .hours td {
      padding: 4px 24px 4px 0;
      text-align: start;
    }
    .hours .number {
      text-align: end;
      font-variant-numeric: tabular-nums;
    }
  `,
})
export class FunderReportPage {
  private readonly api = inject(ReportingApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly auth = inject(AuthService);

  protected readonly address = toSignal(this.route.queryParamMap.pipe(map(readQuery)), {
    initialValue: readQuery(this.route.snapshot.queryParamMap),
    equal: sameQuery,
  });
  protected readonly query = computed(() => withDefaultPeriod(this.address()), {
    equal: sameQuery,
  });
  protected readonly report = signal<FunderReport | null>(null);
  protected readonly loading = signal(true);
  protected readonly feedback = new PageFeedback();
  protected readonly isAdmin = computed(() => this.auth.role() === 'admin');
  private loads = 0;

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

  private async load(query: ReportingQuery): Promise<void> {
    const load = ++this.loads;
    this.loading.set(true);
    this.feedback.clear();
    try {
      const report = await this.api.funderReport(query);
      if (load === this.loads) this.report.set(report);
    } catch (error) {
      if (load === this.loads) this.feedback.fail(error);
    } finally {
      if (load === this.loads) this.loading.set(false);
    }
  }
}
