import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  type Activity,
  type ApprovalGroup,
  type CaseSummary,
  type CaseTimeEntriesResponse,
  type ChangeActivityStatusRequest,
  type CopyLastWeekRequest,
  type DecideEntriesRequest,
  type DecideEntriesResponse,
  type LockMonthRequest,
  type Page,
  type SetGridCellRequest,
  type SubmitPeriodRequest,
  type SubmitPeriodResponse,
  type TimeEntry,
  type TimeLock,
  type TimesheetWeek,
  type UnlockMonthRequest,
  type UserResponse,
} from '@techpact/contracts';
import { firstValueFrom } from 'rxjs';
import { asItems } from './shared/as-items';

const enc = encodeURIComponent;

/** The activities, time sheet, approval and lock endpoints, typed by the shared contracts. */
@Injectable({ providedIn: 'root' })
export class TimesheetsApi {
  private readonly http = inject(HttpClient);

  week(week: string): Promise<TimesheetWeek> {
    const params = new HttpParams().set('week', week);
    return firstValueFrom(this.http.get<TimesheetWeek>('/api/timesheets/week', { params }));
  }

  /** The cell's entry after the change; null when hours 0 removed it. */
  setCell(body: SetGridCellRequest): Promise<TimeEntry | null> {
    return firstValueFrom(this.http.put<TimeEntry | null>('/api/timesheets/cell', body));
  }

  submit(body: SubmitPeriodRequest): Promise<SubmitPeriodResponse> {
    return firstValueFrom(this.http.post<SubmitPeriodResponse>('/api/timesheets/submit', body));
  }

  /** The week with last week's rows added; they are not stored until a cell gets hours. */
  copyLastWeek(body: CopyLastWeekRequest): Promise<TimesheetWeek> {
    return firstValueFrom(this.http.post<TimesheetWeek>('/api/timesheets/copy-last-week', body));
  }

  /** The caller's activities across cases (an expert's "my activities"). */
  async myActivities(): Promise<Activity[]> {
    return asItems(
      await firstValueFrom(this.http.get<Activity[] | Page<Activity>>('/api/activities/mine')),
    );
  }

  async caseActivities(caseId: string): Promise<Activity[]> {
    return asItems(
      await firstValueFrom(
        this.http.get<Activity[] | Page<Activity>>(`/api/cases/${enc(caseId)}/activities`),
      ),
    );
  }

  /** A case's entries the caller may see, newest first, with the case's totals per person kind. */
  caseEntries(caseId: string, limit: number, offset: number): Promise<CaseTimeEntriesResponse> {
    const params = new HttpParams().set('limit', limit).set('offset', offset);
    return firstValueFrom(
      this.http.get<CaseTimeEntriesResponse>(`/api/cases/${enc(caseId)}/time-entries`, {
        params,
      }),
    );
  }

  changeStatus(id: string, body: ChangeActivityStatusRequest): Promise<Activity> {
    return firstValueFrom(this.http.patch<Activity>(`/api/activities/${enc(id)}/status`, body));
  }

  async approvals(): Promise<ApprovalGroup[]> {
    return asItems(
      await firstValueFrom(this.http.get<ApprovalGroup[] | Page<ApprovalGroup>>('/api/approvals')),
    );
  }

  decide(body: DecideEntriesRequest): Promise<DecideEntriesResponse> {
    return firstValueFrom(this.http.post<DecideEntriesResponse>('/api/approvals/decide', body));
  }

  async locks(): Promise<TimeLock[]> {
    return asItems(
      await firstValueFrom(this.http.get<TimeLock[] | Page<TimeLock>>('/api/time-locks')),
    );
  }

  lock(month: string): Promise<TimeLock> {
    const body: LockMonthRequest = { month };
    return firstValueFrom(this.http.post<TimeLock>('/api/time-locks', body));
  }

  /** Cases and people for the export's filters (the first 200 of each is plenty for a picker). */
  async exportChoices(): Promise<{ cases: CaseSummary[]; people: UserResponse[] }> {
    const params = new HttpParams().set('limit', 200);
    const [cases, people] = await Promise.all([
      firstValueFrom(this.http.get<Page<CaseSummary>>('/api/cases', { params })),
      firstValueFrom(this.http.get<Page<UserResponse>>('/api/users', { params })),
    ]);
    return {
      cases: cases.items,
      people: people.items.filter((user) => user.role === 'expert' || user.role === 'sme'),
    };
  }

  /** Admins only; the reason goes on the audit trail. */
  unlock(month: string, reason: string): Promise<unknown> {
    return firstValueFrom(
      this.http.delete<unknown>(`/api/time-locks/${enc(month)}`, {
        body: { reason } satisfies UnlockMonthRequest,
      }),
    );
  }
}
