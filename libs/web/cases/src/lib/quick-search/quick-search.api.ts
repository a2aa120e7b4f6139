import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type CaseSummary, type CompanySummary, type Page } from '@techpact/contracts';
import { forkJoin, map, type Observable, of } from 'rxjs';

/** How many rows each group shows; the rest is one link to the full list. */
export const QUICK_SEARCH_GROUP_SIZE = 5;

export interface QuickSearchResults {
  companies: CompanySummary[];
  cases: CaseSummary[];
  /** Matching cases in all (the group shows at most {@link QUICK_SEARCH_GROUP_SIZE}). */
  casesTotal: number;
}

export const NO_RESULTS: QuickSearchResults = { companies: [], cases: [], casesTotal: 0 };

/**
 * Searches the list endpoints' text search (`q`: company name or CVR number). The API scopes both
 * to the caller (an expert gets the cases they work on); `companies: false` skips the companies
 * request for roles without the companies pages.
 */
@Injectable({ providedIn: 'root' })
export class QuickSearchApi {
  private readonly http = inject(HttpClient);

  search(q: string, options: { companies: boolean }): Observable<QuickSearchResults> {
    const params = new HttpParams()
      .set('q', q)
      .set('limit', QUICK_SEARCH_GROUP_SIZE)
      .set('offset', 0);
    const companies = options.companies
      ? this.http
          .get<Page<CompanySummary>>('/api/companies', { params })
          .pipe(map((page) => page.items))
      : of([]);
    const cases = this.http.get<Page<CaseSummary>>('/api/cases', {
      params: params.set('sort', 'updatedAt').set('order', 'desc'),
    });
    return forkJoin({ companies, cases }).pipe(
      map((found) => ({
        companies: found.companies,
        cases: found.cases.items,
        casesTotal: found.cases.total,
      })),
    );
  }
}
