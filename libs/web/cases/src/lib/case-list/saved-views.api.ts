import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  type CreateSavedCaseViewRequest,
  type RenameSavedCaseViewRequest,
  type SavedCaseView,
} from '@techpact/contracts';
import { firstValueFrom } from 'rxjs';

const BASE = '/api/cases/views';

/** The caller's saved case-list views (`/api/cases/views`). */
@Injectable({ providedIn: 'root' })
export class SavedViewsApi {
  private readonly http = inject(HttpClient);

  list(): Promise<SavedCaseView[]> {
    return firstValueFrom(this.http.get<SavedCaseView[]>(BASE));
  }

  create(body: CreateSavedCaseViewRequest): Promise<SavedCaseView> {
    return firstValueFrom(this.http.post<SavedCaseView>(BASE, body));
  }

  rename(id: string, body: RenameSavedCaseViewRequest): Promise<SavedCaseView> {
    return firstValueFrom(
      this.http.patch<SavedCaseView>(`${BASE}/${encodeURIComponent(id)}`, body),
    );
  }

  remove(id: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`${BASE}/${encodeURIComponent(id)}`));
  }
}
