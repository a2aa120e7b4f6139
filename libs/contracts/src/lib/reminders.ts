/**
 * The reminders overview (coordinators: their municipalities' cases; admins: the programme) and
 * the queues' health (admins), DESIGN §4.
 */

export const REMINDER_STATUSES = ['scheduled', 'sent', 'cancelled', 'dropped'] as const;
export type ReminderStatus = (typeof REMINDER_STATUSES)[number];

/** `GET /api/reminders` query. `from`/`to` bound the due time (ISO 8601). */
export interface ListRemindersQuery {
  status?: ReminderStatus;
  kind?: string;
  caseId?: string;
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

export interface ReminderItem {
  id: string;
  caseId: string;
  companyName: string;
  kind: string;
  /** The role it goes to (coordinator, experts, smeSigners, activityExpert). */
  recipient: string;
  /** The person, when the reminder names one (activity and weekly reminders). */
  recipientName: string | null;
  dueAt: string;
  status: ReminderStatus;
  /** When it was sent, cancelled or dropped. */
  closedAt: string | null;
  activityTitle: string | null;
}

export const QUEUE_JOB_STATES = ['waiting', 'active', 'delayed', 'failed', 'completed'] as const;
export type QueueJobState = (typeof QUEUE_JOB_STATES)[number];

export interface QueueCounts {
  queue: string;
  counts: Record<QueueJobState, number>;
}

/** `GET /api/admin/queues`. */
export interface QueuesHealthResponse {
  queues: QueueCounts[];
}

/** `GET /api/admin/queues/:queue/failed`. */
export interface FailedJobItem {
  id: string;
  name: string;
  /** The job's payload: ids only. */
  data: Record<string, unknown>;
  failedReason: string;
  attemptsMade: number;
  failedAt: string | null;
}

export interface RetryJobResponse {
  id: string;
  retried: true;
}
