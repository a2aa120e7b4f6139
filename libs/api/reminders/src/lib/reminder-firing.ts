import {
  createNotifications,
  loadNotifiedCase,
  type RecipientRole,
  resolveRecipients,
} from '@techpact/api/notifications';
import { isNotificationKind } from '@techpact/contracts';
import { type DataSource, type EntityManager } from 'typeorm';
import { pendingSigners, recordSignerEmails } from './signers/signer-emails';

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

/**
 * Fires a reminder: in one transaction it locks the row, re-checks that it is still scheduled and
 * that its condition still holds (the case where it was scheduled; an activity still open and
 * due on the same date), then marks it sent and writes the notifications. A retried or
 * duplicated job finds it sent and does nothing.
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
    const written: string[] = [];
    const signerEmails: string[] = [];
    const outcome = await this.db.transaction((manager) =>
      this.fireInTransaction(manager, reminderId, written, signerEmails),
    );
    if (written.length > 0) await this.options.onNotified?.(written);
    if (signerEmails.length > 0) await this.options.onSignerEmails?.(signerEmails);
    return outcome;
  }

  private async fireInTransaction(
    manager: EntityManager,
    reminderId: string,
    written: string[],
    signerEmails: string[],
  ): Promise<FireOutcome> {
    const [reminder] = (await manager.query(
      `SELECT r.id, r.case_id AS "caseId", r.kind, r.scope, r.recipient, r.status,
              r.scheduled_in_state AS "scheduledInState", r.case_version AS "caseVersion",
              r.job_id AS "jobId", c.state AS "caseState", c.version AS "currentVersion",
              r.activity_id AS "activityId", a.title AS "activityTitle",
              a.status AS "activityStatus", to_char(a.target_date, 'YYYY-MM-DD') AS "activityTarget",
              a.expert_id AS "activityExpertId"
         FROM reminder r
         JOIN case_file c ON c.id = r.case_id
         LEFT JOIN activity a ON a.id = r.activity_id
        WHERE r.id = $1
        FOR UPDATE OF r`,
      [reminderId],
    )) as ReminderRow[];
    if (!reminder) return { outcome: 'skipped', reason: 'no such reminder' };
    if (reminder.status !== 'scheduled') {
      return { outcome: 'skipped', reason: `reminder is ${reminder.status}` };
    }

    const problem = whyNotHolding(reminder);
    if (problem) return this.drop(manager, reminder.id, problem);

    const notified = await loadNotifiedCase(manager, reminder.caseId);
    if (!notified) return this.drop(manager, reminder.id, 'the case is gone');
    // SME signers of the version out for signature: those with an account get a notification,
    // contact people without one (no inbox) an e-mail of their own.
    const signers =
      reminder.recipient === 'smeSigners' ? await pendingSigners(manager, reminder.caseId) : [];
    const contactSigners = signers.filter((signer) => !signer.userId).map((signer) => signer.id);
    const recipients =
      signers.length > 0
        ? await resolveUserSigners(manager, signers)
        : await resolveRecipients(
            manager,
            notified,
            [reminder.recipient],
            reminder.activityExpertId,
          );
    if (recipients.length === 0 && contactSigners.length === 0) {
      return this.drop(manager, reminder.id, 'nobody to notify');
    }
    if (!isNotificationKind(reminder.kind)) {
      throw new Error(`Reminder ${reminder.id} has an unknown kind "${reminder.kind}".`);
    }

    written.push(
      ...(await createNotifications(manager, {
        kind: reminder.kind,
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
    );
    signerEmails.push(...(await recordSignerEmails(manager, reminder.id, contactSigners)));
    await manager.query(`UPDATE reminder SET status = 'sent', sent_at = now() WHERE id = $1`, [
      reminder.id,
    ]);
    return { outcome: 'sent', notified: recipients };
  }

  private async drop(manager: EntityManager, id: string, reason: string): Promise<FireOutcome> {
    await manager.query(
      `UPDATE reminder SET status = 'dropped', dropped_at = now() WHERE id = $1`,
      [id],
    );
    return { outcome: 'dropped', reason };
  }
}

/** The active accounts among the signers. */
async function resolveUserSigners(
  manager: EntityManager,
  signers: readonly { userId: string | null }[],
): Promise<string[]> {
  const ids = signers.flatMap((signer) => (signer.userId ? [signer.userId] : []));
  if (ids.length === 0) return [];
  const active = (await manager.query(
    `SELECT id FROM app_user WHERE id = ANY($1::uuid[]) AND active ORDER BY id`,
    [ids],
  )) as { id: string }[];
  return active.map((row) => row.id);
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
