import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type CaseDetail, type CaseSummary, type Page } from '@techpact/contracts';
import { firstValueFrom } from 'rxjs';

/** The case reads of the start pages (the API scopes them: an expert's or a company's cases). */
@Injectable({ providedIn: 'root' })
export class StartApi {
  private readonly http = inject(HttpClient);

  /** The caller's cases, most recently changed first. */
  cases(limit: number): Promise<Page<CaseSummary>> {
    const params = new HttpParams()
      .set('sort', 'updatedAt')
      .set('order', 'desc')
      .set('limit', limit)
      .set('offset', 0);
    return firstValueFrom(this.http.get<Page<CaseSummary>>('/api/cases', { params }));
  }

  caseFile(id: string): Promise<CaseDetail> {
    return firstValueFrom(this.http.get<CaseDetail>(`/api/cases/${encodeURIComponent(id)}`));
  }
}
