import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  type CompanySummary,
  type CreateInvitationRequest,
  type CreateMunicipalityRequest,
  type CreateProgrammeRequest,
  type InvitationResponse,
  type MailMessageResponse,
  type MunicipalityResponse,
  type Page,
  type ProgrammeResponse,
  type Role,
  type UpdateMunicipalityRequest,
  type UpdateProgrammeRequest,
  type UpdateUserRequest,
  type UserResponse,
} from '@techpact/contracts';
import { firstValueFrom, map, type Observable } from 'rxjs';

/** Lists may come bare or paged; the admin pages only need the items. */
function itemsOf<T>(response: T[] | Page<T>): T[] {
  return Array.isArray(response) ? response : response.items;
}

/** The admin endpoints of the API, as promises of the shared contract types. */
@Injectable({ providedIn: 'root' })
export class AdminApi {
  private readonly http = inject(HttpClient);

  programmes(): Promise<ProgrammeResponse[]> {
    return this.list(
      this.http.get<ProgrammeResponse[] | Page<ProgrammeResponse>>('/api/programmes'),
    );
  }

  createProgramme(body: CreateProgrammeRequest): Promise<ProgrammeResponse> {
    return firstValueFrom(this.http.post<ProgrammeResponse>('/api/programmes', body));
  }

  updateProgramme(id: string, body: UpdateProgrammeRequest): Promise<ProgrammeResponse> {
    return firstValueFrom(
      this.http.patch<ProgrammeResponse>(`/api/programmes/${encodeURIComponent(id)}`, body),
    );
  }

  municipalities(programmeId: string): Promise<MunicipalityResponse[]> {
    return this.list(
      this.http.get<MunicipalityResponse[] | Page<MunicipalityResponse>>('/api/municipalities', {
        params: { programmeId },
      }),
    );
  }

  createMunicipality(body: CreateMunicipalityRequest): Promise<MunicipalityResponse> {
    return firstValueFrom(this.http.post<MunicipalityResponse>('/api/municipalities', body));
  }

  updateMunicipality(id: string, body: UpdateMunicipalityRequest): Promise<MunicipalityResponse> {
    return firstValueFrom(
      this.http.patch<MunicipalityResponse>(`/api/municipalities/${encodeURIComponent(id)}`, body),
    );
  }

  users(query: { role: Role | null; limit: number; offset: number }): Promise<Page<UserResponse>> {
    let params = new HttpParams().set('limit', query.limit).set('offset', query.offset);
    if (query.role) {
      params = params.set('role', query.role);
    }
    return firstValueFrom(this.http.get<Page<UserResponse>>('/api/users', { params }));
  }

  updateUser(id: string, body: UpdateUserRequest): Promise<UserResponse> {
    return firstValueFrom(
      this.http.patch<UserResponse>(`/api/users/${encodeURIComponent(id)}`, body),
    );
  }

  invite(body: CreateInvitationRequest): Promise<InvitationResponse> {
    return firstValueFrom(this.http.post<InvitationResponse>('/api/invitations', body));
  }

  companies(): Promise<CompanySummary[]> {
    return this.list(
      this.http.get<Page<CompanySummary>>('/api/companies', { params: { limit: 200, offset: 0 } }),
    );
  }

  mailbox(): Promise<MailMessageResponse[]> {
    return firstValueFrom(this.http.get<MailMessageResponse[]>('/api/dev/mailbox'));
  }

  private list<T>(request: Observable<T[] | Page<T>>): Promise<T[]> {
    return firstValueFrom(request.pipe(map(itemsOf)));
  }
}
