import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type CaseListLink,
  type CountWithTarget,
  type DashboardResponse,
  FUNNEL_STAGES,
  type ReportingQuery,
  REPORTING_STAGES,
} from '@techpact/contracts';
import { DataSource } from 'typeorm';
import { type ReportActor, resolveReportScope } from '../reporting-scope';
import { targetsOf } from '../settings/programme-targets';
import { DashboardRepository, round } from './dashboard.repository';

/** The programme dashboard: every figure with its target and the case-list query behind it. */
@Injectable()
export class DashboardService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async dashboard(actor: ReportActor, query: ReportingQuery): Promise<DashboardResponse> {
    const scope = await resolveReportScope(this.db.manager, actor, query);
    const repository = new DashboardRepository(this.db.manager);
    const [figures, attention] = await Promise.all([
      repository.figures(scope),
      repository.attention(scope),
    ]);
    const targets = targetsOf(scope.settings);
    // The case list takes the same period and municipality (see CaseReportFilters).
    const link = (filter: Record<string, string>): CaseListLink => ({ ...scope.query, ...filter });
    const count = (
      value: number,
      target: number | null,
      filter: Record<string, string>,
    ): CountWithTarget => ({ value, target, cases: link(filter) });

    return {
      query: scope.query,
      municipality: scope.municipality,
      funnel: FUNNEL_STAGES.map((stage) => ({
        state: stage,
        count: figures.funnel.get(stage) ?? 0,
        cases: link({ stage }),
      })),
      agreementsSigned: count(figures.agreementsSigned, targets.agreements, {
        agreementSigned: 'true',
      }),
      activities: {
        identified: count(figures.activities.identified, targets.activities, {
          activity: 'identified',
        }),
        started: count(figures.activities.started, targets.activities, { activity: 'started' }),
        done: count(figures.activities.done, targets.activities, { activity: 'done' }),
      },
      hours: {
        expert: count(round(figures.hours.expert, 2), targets.expertHours, { hours: 'expert' }),
        sme: count(round(figures.hours.sme, 2), targets.smeHours, { hours: 'sme' }),
      },
      jobsCreated: count(figures.jobsCreated, targets.jobs, { jobsCreated: 'true' }),
      companiesWithNewProducts: count(
        figures.companiesWithNewProducts,
        targets.companiesWithNewProducts,
        { newProducts: 'true' },
      ),
      stageDurations: REPORTING_STAGES.map((stage) => {
        const found = figures.stageDurations.get(stage);
        return {
          stage,
          averageDays: found ? round(found.averageDays, 1) : null,
          cases: found?.cases ?? 0,
        };
      }),
      assessmentChange: figures.assessmentChange,
      attention,
    };
  }
}
