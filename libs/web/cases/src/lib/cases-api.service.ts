import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  type CaseDetail,
  type CaseEventRequest,
  type CaseSortField,
  type CaseSortOrder,
  type CaseSummary,
  type CaseTimelineEntry,
  type CompanySummary,
  type CreateCaseRequest,
  type MunicipalityResponse,
  type Page,
  type UserResponse,
} from '@techpact/contracts';
import { firstValueFrom, type Observable } from 'rxjs';

/** What the case list asks the API for. */
export interface CaseListQuery {
  states: readonly string[];
  municipalityId: string | null;
  q: string;
  sort: CaseSortField;
  order: CaseSortOrder;
  limit: number;
  offset: number;
  /** Further filters passed on as they came, e.g. those of a dashboard link (`from`, `to`…). */
  extra?: Readonly<Record<string, readonly string[]>>;
}

const path = (id: string): string => `/api/cases/${encodeURIComponent(id)}`;

/** The Cases API (and the look-ups its pages need), typed by the shared contracts. */
@Injectable({ providedIn: 'root' })
export class CasesApi {
  private readonly http = inject(HttpClient);

  /** An observable, so that a newer query can cancel the request of an older one. */
  list(query: CaseListQuery): Observable<Page<CaseSummary>> {
    let params = new HttpParams()
      .set('sort', query.sort)
      .set('order', query.order)
      .set('limit', query.limit)
      .set('offset', query.offset);
    for (const state of query.states) {
      params = params.append('state', state);
    }
    if (query.municipalityId) {
      params = params.set('municipalityId', query.municipalityId);
    }
    if (query.q.trim()) {
      params = params.set('q', query.q.trim());
    }
    for (const [name, values] of Object.entries(query.extra ?? {})) {
      for (const value of values) params = params.append(name, value);
    }
    return this.http.get<Page<CaseSummary>>('/api/cases', { params });
  }

  get(id: string): Promise<CaseDetail> {
    return firstValueFrom(this.http.get<CaseDetail>(path(id)));
  }

  timeline(id: string, limit: number, offset = 0): Promise<Page<CaseTimelineEntry>> {
    return firstValueFrom(
      this.http.get<Page<CaseTimelineEntry>>(`${path(id)}/timeline`, {
        params: { limit, offset },
      }),
    );
  }

  sendEvent(id: string, body: CaseEventRequest): Promise<CaseDetail> {
    return firstValueFrom(this.http.post<CaseDetail>(`${path(id)}/events`, body));
  }

  create(body: CreateCaseRequest): Promise<CaseDetail> {
    return firstValueFrom(this.http.post<CaseDetail>('/api/cases', body));
  }

  companies(q: string): Observable<Page<CompanySummary>> {
    let params = new HttpParams().set('limit', 20).set('offset', 0);
    if (q.trim()) {
      params = params.set('q', q.trim());
    }
    return this.http.get<Page<CompanySummary>>('/api/companies', { params });
  }

  experts(): Promise<Page<UserResponse>> {
    return firstValueFrom(
      this.http.get<Page<UserResponse>>('/api/users', {
        params: { role: 'expert', limit: 200, offset: 0 },
      }),
    );
  }

  municipalities(programmeId: string): Promise<MunicipalityResponse[]> {
    return firstValueFrom(
      this.http.get<MunicipalityResponse[]>('/api/municipalities', { params: { programmeId } }),
    );
  }
}
