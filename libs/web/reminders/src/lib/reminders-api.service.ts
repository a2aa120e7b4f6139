import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  type FailedJobItem,
  type ListRemindersQuery,
  type Page,
  type QueuesHealthResponse,
  type ReminderItem,
  type RetryJobResponse,
} from '@techpact/contracts';
import { firstValueFrom } from 'rxjs';

/** The reminders overview and the queues' health, typed by the shared contracts. */
@Injectable({ providedIn: 'root' })
export class RemindersApi {
  private readonly http = inject(HttpClient);

  list(query: ListRemindersQuery): Promise<Page<ReminderItem>> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && value !== '') params = params.set(key, value);
    }
    return firstValueFrom(this.http.get<Page<ReminderItem>>('/api/reminders', { params }));
  }

  queues(): Promise<QueuesHealthResponse> {
    return firstValueFrom(this.http.get<QueuesHealthResponse>('/api/admin/queues'));
  }

  failed(queue: string): Promise<FailedJobItem[]> {
    return firstValueFrom(
      this.http.get<FailedJobItem[]>(`/api/admin/queues/${encodeURIComponent(queue)}/failed`),
    );
  }

  retry(queue: string, jobId: string): Promise<RetryJobResponse> {
    return firstValueFrom(
      this.http.post<RetryJobResponse>(
        `/api/admin/queues/${encodeURIComponent(queue)}/jobs/${encodeURIComponent(jobId)}/retry`,
        {},
      ),
    );
  }
}
