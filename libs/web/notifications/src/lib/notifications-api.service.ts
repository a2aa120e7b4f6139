import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  type MarkAllReadResponse,
  type NotificationItem,
  type NotificationPreference,
  type NotificationPreferencesResponse,
  type Page,
  type UnreadCountResponse,
} from '@techpact/contracts';
import { firstValueFrom } from 'rxjs';

const BASE = '/api/notifications';

/** The inbox API, typed by the shared contracts. */
@Injectable({ providedIn: 'root' })
export class NotificationsApi {
  private readonly http = inject(HttpClient);

  list(query: { unread: boolean; limit: number; offset: number }): Promise<Page<NotificationItem>> {
    let params = new HttpParams().set('limit', query.limit).set('offset', query.offset);
    if (query.unread) params = params.set('unread', 'true');
    return firstValueFrom(this.http.get<Page<NotificationItem>>(BASE, { params }));
  }

  unreadCount(): Promise<UnreadCountResponse> {
    return firstValueFrom(this.http.get<UnreadCountResponse>(`${BASE}/unread-count`));
  }

  markRead(id: string): Promise<NotificationItem> {
    return firstValueFrom(
      this.http.post<NotificationItem>(`${BASE}/${encodeURIComponent(id)}/read`, {}),
    );
  }

  markAllRead(): Promise<MarkAllReadResponse> {
    return firstValueFrom(this.http.post<MarkAllReadResponse>(`${BASE}/read-all`, {}));
  }

  preferences(): Promise<NotificationPreferencesResponse> {
    return firstValueFrom(this.http.get<NotificationPreferencesResponse>(`${BASE}/preferences`));
  }

  savePreferences(preferences: NotificationPreference[]): Promise<NotificationPreferencesResponse> {
    return firstValueFrom(
      this.http.put<NotificationPreferencesResponse>(`${BASE}/preferences`, { preferences }),
    );
  }
}
