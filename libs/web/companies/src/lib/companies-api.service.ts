import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  type CompanyContact,
  type CompanyDetail,
  type CompanySortField,
  type CompanySummary,
  type CreateCompanyRequest,
  type CreateContactRequest,
  type ImportPreviewResponse,
  type ImportResultResponse,
  type InvitationResponse,
  type MeResponse,
  type MunicipalityResponse,
  type Page,
  type RefSummary,
  type SizeBand,
  type UpdateCompanyRequest,
  type UpdateContactRequest,
} from '@techpact/contracts';
import { firstValueFrom, type Observable } from 'rxjs';

/** What the company list asks the API for. */
export interface CompanyListQuery {
  q: string;
  municipalityId: string | null;
  size: SizeBand | null;
  sort: CompanySortField;
  order: 'asc' | 'desc';
  limit: number;
  offset: number;
}

/** The body of `POST /api/invitations` that a contact person carries. */
export type ContactInvitation = NonNullable<CompanyContact['invitation']>;

const path = (id: string): string => `/api/companies/${encodeURIComponent(id)}`;
const contactPath = (id: string, contactId: string): string =>
  `${path(id)}/contacts/${encodeURIComponent(contactId)}`;

/** The company register API, typed by the shared contracts. */
@Injectable({ providedIn: 'root' })
export class CompaniesApi {
  private readonly http = inject(HttpClient);

  /** An observable, so that a newer query can cancel the request of an older one. */
  list(query: CompanyListQuery): Observable<Page<CompanySummary>> {
    let params = new HttpParams()
      .set('sort', query.sort)
      .set('order', query.order)
      .set('limit', query.limit)
      .set('offset', query.offset);
    if (query.q.trim()) {
      params = params.set('q', query.q.trim());
    }
    if (query.municipalityId) {
      params = params.set('municipalityId', query.municipalityId);
    }
    if (query.size) {
      params = params.set('size', query.size);
    }
    return this.http.get<Page<CompanySummary>>('/api/companies', { params });
  }

  get(id: string): Promise<CompanyDetail> {
    return firstValueFrom(this.http.get<CompanyDetail>(path(id)));
  }

  create(body: CreateCompanyRequest): Promise<CompanyDetail> {
    return firstValueFrom(this.http.post<CompanyDetail>('/api/companies', body));
  }

  update(id: string, body: UpdateCompanyRequest): Promise<CompanyDetail> {
    return firstValueFrom(this.http.patch<CompanyDetail>(path(id), body));
  }

  contacts(id: string): Promise<CompanyContact[]> {
    return firstValueFrom(this.http.get<CompanyContact[]>(`${path(id)}/contacts`));
  }

  createContact(id: string, body: CreateContactRequest): Promise<CompanyContact> {
    return firstValueFrom(this.http.post<CompanyContact>(`${path(id)}/contacts`, body));
  }

  updateContact(
    id: string,
    contactId: string,
    body: UpdateContactRequest,
  ): Promise<CompanyContact> {
    return firstValueFrom(this.http.patch<CompanyContact>(contactPath(id, contactId), body));
  }

  removeContact(id: string, contactId: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(contactPath(id, contactId)));
  }

  invite(body: ContactInvitation): Promise<InvitationResponse> {
    return firstValueFrom(this.http.post<InvitationResponse>('/api/invitations', body));
  }

  previewImport(csv: string): Promise<ImportPreviewResponse> {
    return firstValueFrom(
      this.http.post<ImportPreviewResponse>('/api/companies/import/preview', { csv }),
    );
  }

  import(csv: string): Promise<ImportResultResponse> {
    return firstValueFrom(this.http.post<ImportResultResponse>('/api/companies/import', { csv }));
  }

  /**
   * The municipalities the caller may register companies in: a coordinator's own, all of the
   * programme for an admin.
   */
  async municipalityChoices(me: MeResponse | null): Promise<RefSummary[]> {
    if (!me) return [];
    if (me.role === 'coordinator') return me.municipalities;
    const all = await firstValueFrom(this.http.get<MunicipalityResponse[]>('/api/municipalities'));
    return all.map(({ id, name }) => ({ id, name }));
  }
}
