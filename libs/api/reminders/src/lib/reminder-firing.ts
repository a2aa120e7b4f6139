import {
  activeUsers,
  createManyNotifications,
  loadNotifiedCases,
  type NotifiedCase,
  type RecipientRole,
  resolveManyRecipients,
} from '@techpact/api/notifications';
import { isNotificationKind, type NotificationKind } from '@techpact/contracts';
import { type DataSource, type EntityManager } from 'typeorm';
import {
  type PendingSigner,
  pendingSignersOfCases,
  recordManySignerEmails,
} from './signers/signer-emails';

export type FireOutcome =
  | { outcome: 'sent'; notified: string[] }
  | { outcome: 'dropped'; reason: string }
  | { outcome: 'skipped'; reason: string };

interface ReminderRow {
  id: string;
  caseId: string;
  kind: string;
  scope: string;
  recipient: RecipientRole;
  status: string;
  scheduledInState: string;
  caseVersion: number;
  jobId: string;
  caseState: string;
  currentVersion: number;
  activityId: string | null;
  activityTitle: string | null;
  activityStatus: string | null;
  activityTarget: string | null;
  activityExpertId: string | null;
}

const FINAL_STATES = ['completed', 'withdrawn'];
const OPEN_ACTIVITY = ['planned', 'in_progress'];

/** A reminder that holds and is to be sent, with whom it goes to. */
interface ToSend {
  reminder: ReminderRow;
  notified: NotifiedCase;
  recipients: string[];
  contactSigners: string[];
}

/**
 * Fires reminders: in one transaction it locks the rows, re-checks that each is still scheduled
 * and that its condition still holds (the case where it was scheduled; an activity still open and
 * due on the same date), then marks it sent and writes the notifications. A retried or
 * duplicated job finds it sent and does nothing. A batch costs a fixed handful of statements
 * whatever its size (no queries per reminder), which is what lets a burst of due reminders go out
 * at thousands a second.
 */
export class ReminderFiring {
  constructor(
    private readonly db: DataSource,
    private readonly options: {
      /** Called with the new notifications' ids after they have committed (to e-mail them). */
      onNotified?: (notificationIds: string[]) => Promise<void>;
      /** Called with the new signer e-mails (signers without an account) after commit. */
      onSignerEmails?: (signerEmailIds: string[]) => Promise<void>;
    } = {},
  ) {}

  async fire(reminderId: string): Promise<FireOutcome> {
    const outcome = (await this.fireMany([reminderId])).get(reminderId);
    if (!outcome) throw new Error(`Reminder ${reminderId} got no outcome.`);
    return outcome;
  }

  /** Fires a batch in one transaction; resolves to the outcome of each id. */
  async fireMany(reminderIds: readonly string[]): Promise<Map<string, FireOutcome>> {
    const ids = [...new Set(reminderIds)];
    const emails: { notifications: string[]; signers: string[] } = {
      notifications: [],
      signers: [],
    };
    const outcomes = await this.db.transaction(async (manager) => {
      emails.notifications = [];
      emails.signers = [];
      return this.fireInTransaction(manager, ids, emails);
    });
    if (emails.notifications.length > 0) await this.options.onNotified?.(emails.notifications);
    if (emails.signers.length > 0) await this.options.onSignerEmails?.(emails.signers);
    return outcomes;
  }

  private async fireInTransaction(
    manager: EntityManager,
    ids: readonly string[],
    emails: { notifications: string[]; signers: string[] },
  ): Promise<Map<string, FireOutcome>> {
    // Locked in id order, so two batches sharing reminders cannot deadlock.
    const rows = (await manager.query(
      `SELECT r.id, r.case_id AS "caseId", r.kind, r.scope, r.recipient, r.status,
              r.scheduled_in_state AS "scheduledInState", r.case_version AS "caseVersion",
              r.job_id AS "jobId", c.state AS "caseState", c.version AS "currentVersion",
              r.activity_id AS "activityId", a.title AS "activityTitle",
              a.status AS "activityStatus", to_char(a.target_date, 'YYYY-MM-DD') AS "activityTarget",
              a.expert_id AS "activityExpertId"
         FROM reminder r
         JOIN case_file c ON c.id = r.case_id
         LEFT JOIN activity a ON a.id = r.activity_id
        WHERE r.id = ANY($1::uuid[])
        ORDER BY r.id
        FOR UPDATE OF r`,
      [ids],
    )) as ReminderRow[];
    const outcomes = new Map<string, FireOutcome>(
      ids.map((id) => [id, { outcome: 'skipped', reason: 'no such reminder' }]),
    );
    const dropped = new Map<string, string>();
    const holding: ReminderRow[] = [];
    for (const reminder of rows) {
      if (reminder.status !== 'scheduled') {
        outcomes.set(reminder.id, { outcome: 'skipped', reason: `reminder is ${reminder.status}` });
        continue;
      }
      const problem = whyNotHolding(reminder);
      if (problem) dropped.set(reminder.id, problem);
      else holding.push(reminder);
    }

    const toSend = await this.recipientsOf(manager, holding, dropped);
    for (const { reminder } of toSend) {
      if (!isNotificationKind(reminder.kind)) {
        throw new Error(`Reminder ${reminder.id} has an unknown kind "${reminder.kind}".`);
      }
    }
    emails.notifications.push(
      ...(await createManyNotifications(
        manager,
        toSend.map(({ reminder, notified, recipients }) => ({
          kind: reminder.kind as NotificationKind,
          caseId: reminder.caseId,
          userIds: recipients,
          source: { reminderId: reminder.id },
          params: {
            company: notified.companyName,
            activity: reminder.activityTitle ?? undefined,
            date: reminder.activityTarget ?? undefined,
          },
          timeZone: notified.timeZone,
        })),
      )),
    );
    emails.signers.push(
      ...(await recordManySignerEmails(
        manager,
        toSend.flatMap(({ reminder, contactSigners }) =>
          contactSigners.map((signerId) => ({ reminderId: reminder.id, signerId })),
        ),
      )),
    );
    // The status condition repeats, in SQL, what the lock made sure of: only a scheduled
    // reminder becomes sent or dropped, once.
    await manager.query(
      `UPDATE reminder SET status = 'sent', sent_at = clock_timestamp()
        WHERE id = ANY($1::uuid[]) AND status = 'scheduled'`,
      [toSend.map(({ reminder }) => reminder.id)],
    );
    if (dropped.size > 0) {
      await manager.query(
        `UPDATE reminder SET status = 'dropped', dropped_at = clock_timestamp()
          WHERE id = ANY($1::uuid[]) AND status = 'scheduled'`,
        [[...dropped.keys()]],
      );
    }
    for (const [id, reason] of dropped) outcomes.set(id, { outcome: 'dropped', reason });
    for (const { reminder, recipients } of toSend) {
      outcomes.set(reminder.id, { outcome: 'sent', notified: recipients });
    }
    return outcomes;
  }

  /**
   * Whom each holding reminder goes to. SME signers of the version out for signature: those with
   * an account get a notification, contact people without one (no inbox) an e-mail of their own.
   * A reminder with nobody to notify (or whose case is gone) is added to `dropped`.
   */
  private async recipientsOf(
    manager: EntityManager,
    holding: readonly ReminderRow[],
    dropped: Map<string, string>,
  ): Promise<ToSend[]> {
    const cases = await loadNotifiedCases(
      manager,
      holding.map((reminder) => reminder.caseId),
    );
    const signersByCase = await pendingSignersOfCases(
      manager,
      holding.filter((r) => r.recipient === 'smeSigners').map((r) => r.caseId),
    );
    const viaRoles: { reminder: ReminderRow; notified: NotifiedCase }[] = [];
    const viaSigners: {
      reminder: ReminderRow;
      notified: NotifiedCase;
      signers: PendingSigner[];
    }[] = [];
    for (const reminder of holding) {
      const notified = cases.get(reminder.caseId);
      if (!notified) {
        dropped.set(reminder.id, 'the case is gone');
        continue;
      }
      const signers =
        reminder.recipient === 'smeSigners' ? (signersByCase.get(reminder.caseId) ?? []) : [];
      if (signers.length > 0) viaSigners.push({ reminder, notified, signers });
      else viaRoles.push({ reminder, notified });
    }

    const byRoles = await resolveManyRecipients(
      manager,
      viaRoles.map(({ reminder, notified }) => ({
        notified,
        roles: [reminder.recipient],
        activityExpertId: reminder.activityExpertId,
      })),
    );
    const active = await activeUsers(
      manager,
      viaSigners.flatMap(({ signers }) => signers.flatMap((s) => (s.userId ? [s.userId] : []))),
    );
    const toSend: ToSend[] = [
      ...viaRoles.map(({ reminder, notified }, i) => ({
        reminder,
        notified,
        recipients: byRoles[i] ?? [],
        contactSigners: [],
      })),
      ...viaSigners.map(({ reminder, notified, signers }) => ({
        reminder,
        notified,
        recipients: [
          ...new Set(signers.flatMap((s) => (s.userId && active.has(s.userId) ? [s.userId] : []))),
        ].sort(),
        contactSigners: signers.filter((signer) => !signer.userId).map((signer) => signer.id),
      })),
    ];
    return toSend.filter(({ reminder, recipients, contactSigners }) => {
      if (recipients.length > 0 || contactSigners.length > 0) return true;
      dropped.set(reminder.id, 'nobody to notify');
      return false;
    });
  }
}

/** Null while the reminder's condition holds; otherwise why it is dropped. */
function whyNotHolding(reminder: ReminderRow): string | null {
  const caseHolds =
    reminder.scope === 'staleCase'
      ? reminder.currentVersion === reminder.caseVersion &&
        !FINAL_STATES.includes(reminder.caseState)
      : reminder.caseState === reminder.scheduledInState;
  if (!caseHolds) return 'the case has moved on';
  if (reminder.activityId) {
    if (!OPEN_ACTIVITY.includes(reminder.activityStatus ?? '')) return 'the activity is closed';
    // The job id ends in the target date it was scheduled for.
    const target = (reminder.activityTarget ?? '').replace(/-/g, '');
    if (!reminder.jobId.endsWith(`-${target}`)) return 'the activity has a new target date';
  }
  return null;
}
