import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  type CaseOutcomesResponse,
  type DashboardResponse,
  type FollowUpRequestResponse,
  type FunderReport,
  type MunicipalityResponse,
  type ProgrammeTargets,
  type RecordOutcomesRequest,
  type ReportingQuery,
} from '@techpact/contracts';
import { firstValueFrom } from 'rxjs';
import { queryParams } from './shared/reporting-query';

const casePath = (id: string): string => `/api/cases/${encodeURIComponent(id)}`;

/** The case report of a completed case, downloaded by the browser (the session cookie goes along). */
export function caseReportUrl(caseId: string): string {
  return `${casePath(caseId)}/report.pdf`;
}

/** Dashboard, funder report, targets and outcomes endpoints, typed by the shared contracts. */
@Injectable({ providedIn: 'root' })
export class ReportingApi {
  private readonly http = inject(HttpClient);

  dashboard(query: ReportingQuery): Promise<DashboardResponse> {
    return firstValueFrom(
      this.http.get<DashboardResponse>('/api/dashboard', { params: queryParams(query) }),
    );
  }

  funderReport(query: ReportingQuery): Promise<FunderReport> {
    return firstValueFrom(
      this.http.get<FunderReport>('/api/reports/funder', { params: queryParams(query) }),
    );
  }

  municipalities(programmeId: string): Promise<MunicipalityResponse[]> {
    return firstValueFrom(
      this.http.get<MunicipalityResponse[]>('/api/municipalities', { params: { programmeId } }),
    );
  }

  targets(): Promise<ProgrammeTargets> {
    return firstValueFrom(this.http.get<ProgrammeTargets>('/api/programme/targets'));
  }

  saveTargets(body: ProgrammeTargets): Promise<ProgrammeTargets> {
    return firstValueFrom(this.http.put<ProgrammeTargets>('/api/programme/targets', body));
  }

  outcomes(caseId: string): Promise<CaseOutcomesResponse> {
    return firstValueFrom(this.http.get<CaseOutcomesResponse>(`${casePath(caseId)}/outcomes`));
  }

  saveOutcomes(caseId: string, body: RecordOutcomesRequest): Promise<CaseOutcomesResponse> {
    return firstValueFrom(
      this.http.put<CaseOutcomesResponse>(`${casePath(caseId)}/outcomes`, body),
    );
  }

  /** Asks the case's experts for the T1 assessment; the answer names who was asked. */
  requestFollowUp(caseId: string): Promise<FollowUpRequestResponse> {
    return firstValueFrom(
      this.http.post<FollowUpRequestResponse>(`${casePath(caseId)}/follow-up-assessment`, {}),
    );
  }
}
