import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type FunderEnterprise,
  type FunderIndicator,
  type FunderIndicatorCode,
  type FunderReport,
  type ReportingQuery,
  SIZE_BANDS,
} from '@techpact/contracts';
import { DataSource } from 'typeorm';
import { round } from '../dashboard/dashboard.repository';
import { type ReportActor, resolveReportScope } from '../reporting-scope';
import {
  type EnterpriseRow,
  type EnterpriseValues,
  FunderReportRepository,
} from './funder-report.repository';

export const INDICATOR_LABELS: { readonly [C in FunderIndicatorCode]: string } = {
  RCO01: 'Enterprises supported',
  RCO02: 'Enterprises supported by grants',
  RCR01: 'Jobs created in supported entities',
  RCR02: 'Private investments matching public support (DKK)',
};

/** The EU common indicators for a period, each with the enterprises behind it. */
@Injectable()
export class FunderReportService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async report(
    actor: ReportActor,
    query: ReportingQuery & { from: string; to: string },
  ): Promise<FunderReport> {
    const scope = await resolveReportScope(this.db.manager, actor, query);
    const repository = new FunderReportRepository(this.db.manager);
    const [supported, grants, outcomes, hours] = await Promise.all([
      repository.supported(scope),
      repository.supportedByGrants(scope),
      repository.outcomes(scope),
      repository.hours(scope),
    ]);
    const all = new Set([
      ...supported.keys(),
      ...grants.keys(),
      ...outcomes.jobs.keys(),
      ...outcomes.investment.keys(),
    ]);
    const enterprises = await repository.enterprises([...all]);
    const indicator = (code: FunderIndicatorCode, values: EnterpriseValues) =>
      toIndicator(code, values, enterprises);
    return {
      query: { ...scope.query, from: query.from, to: query.to },
      programme: scope.programme,
      indicators: [
        indicator('RCO01', supported),
        indicator('RCO02', grants),
        indicator('RCR01', outcomes.jobs),
        indicator('RCR02', outcomes.investment),
      ],
      hours: { expert: round(hours.expert, 2), sme: round(hours.sme, 2) },
      generatedAt: new Date().toISOString(),
    };
  }
}

function toIndicator(
  code: FunderIndicatorCode,
  values: EnterpriseValues,
  enterprises: ReadonlyMap<string, EnterpriseRow>,
): FunderIndicator {
  const rows: FunderEnterprise[] = [];
  for (const [companyId, value] of values) {
    const enterprise = enterprises.get(companyId);
    if (enterprise) rows.push({ ...enterprise, value });
  }
  rows.sort((a, b) => a.name.localeCompare(b.name) || a.companyId.localeCompare(b.companyId));
  const total = (band: string | null) =>
    rows.filter((row) => row.sizeBand === band).reduce((sum, row) => sum + row.value, 0);
  return {
    code,
    label: INDICATOR_LABELS[code],
    value: rows.reduce((sum, row) => sum + row.value, 0),
    bySize: [
      ...SIZE_BANDS.map((band) => ({ band, value: total(band) })),
      { band: 'unknown' as const, value: total(null) },
    ],
    enterprises: rows,
  };
}
