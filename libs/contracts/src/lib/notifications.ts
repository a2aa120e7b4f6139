/**
 * The in-app inbox and the e-mail preferences (DESIGN §4). A notification's kind is either the
 * template of a lifecycle `notify` effect or the kind of the reminder that fired it.
 */

/** Kinds from the lifecycle's `notify` effects (mirrors `NotificationTemplate`). */
export const EVENT_NOTIFICATION_KINDS = [
  'assessmentScheduled',
  'assessmentSubmitted',
  'agreementSigned',
  'signatureDeclined',
  'signatureRecalled',
  'agreementInForce',
  'agreementAmended',
  'caseReopened',
  'caseCompleted',
  'casePaused',
  'caseResumed',
  'caseWithdrawn',
] as const;

/**
 * Kinds of reminders: the lifecycle's `ReminderKind` plus the per-activity reminders that the
 * service computes from activity data (`activityDueSoon`, `activityOverdue`).
 */
export const REMINDER_NOTIFICATION_KINDS = [
  'assessmentDue',
  'assessmentOverdue',
  'signPlease',
  'signNudge',
  'signEscalation',
  'countersignPlease',
  'onHoldCheckIn',
  'staleCase',
  'activityDueSoon',
  'activityOverdue',
  'weeklyHoursNudge',
] as const;

export const NOTIFICATION_KINDS = [
  ...EVENT_NOTIFICATION_KINDS,
  ...REMINDER_NOTIFICATION_KINDS,
] as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export function isNotificationKind(value: unknown): value is NotificationKind {
  return typeof value === 'string' && (NOTIFICATION_KINDS as readonly string[]).includes(value);
}

/** One entry of the caller's inbox. Title and body are in the recipient's language. */
export interface NotificationItem {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  /** Path inside the web app, e.g. `/cases/<id>`; null when there is no page to open. */
  link: string | null;
  caseId: string | null;
  createdAt: string;
  readAt: string | null;
}

/** `GET /api/notifications` query. */
export interface ListNotificationsQuery {
  /** `true`: unread only. */
  unread?: boolean;
  limit?: number;
  offset?: number;
}

export interface UnreadCountResponse {
  unread: number;
}

export interface MarkAllReadResponse {
  /** How many notifications were unread and are now read. */
  marked: number;
}

/** Per kind: e-mail and in-app (`email: true`, the default) or in-app only. */
export interface NotificationPreference {
  kind: NotificationKind;
  email: boolean;
}

/** `GET /api/notifications/preferences`: one entry per kind, defaults filled in. */
export interface NotificationPreferencesResponse {
  preferences: NotificationPreference[];
}

/** `PUT /api/notifications/preferences`: the kinds to change; others keep their setting. */
export interface UpdateNotificationPreferencesRequest {
  preferences: NotificationPreference[];
}
