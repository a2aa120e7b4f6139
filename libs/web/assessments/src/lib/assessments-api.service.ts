import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  type AssessmentKind,
  type AssessmentListItem,
  type AssessmentResponse,
  type AssessmentStatus,
  type CaseAssessmentsResponse,
  type CaseDetail,
  type Page,
  type SaveAssessmentRequest,
} from '@techpact/contracts';
import { firstValueFrom } from 'rxjs';

const casePath = (id: string): string => `/api/cases/${encodeURIComponent(id)}`;
const kindPath = (id: string, kind: AssessmentKind): string =>
  `${casePath(id)}/assessments/${kind.toLowerCase()}`;

/** Filters of "my assessments". */
export interface AssessmentListFilter {
  status: AssessmentStatus | null;
  kind: AssessmentKind | null;
}

/** The Assessments API, typed by the shared contracts. */
@Injectable({ providedIn: 'root' })
export class AssessmentsApi {
  private readonly http = inject(HttpClient);

  list(filter: AssessmentListFilter, limit = 100): Promise<Page<AssessmentListItem>> {
    let params = new HttpParams().set('limit', limit).set('offset', 0);
    if (filter.status) params = params.set('status', filter.status);
    if (filter.kind) params = params.set('kind', filter.kind);
    return firstValueFrom(this.http.get<Page<AssessmentListItem>>('/api/assessments', { params }));
  }

  overview(caseId: string): Promise<CaseAssessmentsResponse> {
    return firstValueFrom(
      this.http.get<CaseAssessmentsResponse>(`${casePath(caseId)}/assessments`),
    );
  }

  get(caseId: string, kind: AssessmentKind): Promise<AssessmentResponse> {
    return firstValueFrom(this.http.get<AssessmentResponse>(kindPath(caseId, kind)));
  }

  save(
    caseId: string,
    kind: AssessmentKind,
    body: SaveAssessmentRequest,
  ): Promise<AssessmentResponse> {
    return firstValueFrom(this.http.put<AssessmentResponse>(kindPath(caseId, kind), body));
  }

  /** The case, for its company and its current version (SUBMIT_ASSESSMENT needs it). */
  caseFile(caseId: string): Promise<CaseDetail> {
    return firstValueFrom(this.http.get<CaseDetail>(casePath(caseId)));
  }

  /** T0 is submitted through the lifecycle, so that the case moves to the agreement stage. */
  submitBaseline(caseId: string, expectedVersion: number): Promise<CaseDetail> {
    return firstValueFrom(
      this.http.post<CaseDetail>(`${casePath(caseId)}/events`, {
        type: 'SUBMIT_ASSESSMENT',
        expectedVersion,
      }),
    );
  }

  submitFollowUp(caseId: string): Promise<AssessmentResponse> {
    return firstValueFrom(
      this.http.post<AssessmentResponse>(`${kindPath(caseId, 'T1')}/submit`, {}),
    );
  }
}
