import { type DataSource, type EntityManager } from 'typeorm';

export type FireOutcome =
  | { outcome: 'sent'; notified: string[] }
  | { outcome: 'dropped'; reason: string }
  | { outcome: 'skipped'; reason: string };

interface ReminderRow {
  id: string;
  caseId: string;
  kind: string;
  scope: string;
  recipient: string;
  status: string;
  scheduledInState: string;
  caseVersion: number;
  caseState: string;
  currentVersion: number;
  coordinatorId: string | null;
  companyId: string;
}

const FINAL_STATES = ['completed', 'withdrawn'];

/** English titles until the templated e-mail and inbox texts (en/da) land. */
const TITLES: Record<string, string> = {
  assessmentDue: 'The assessment is due',
  assessmentOverdue: 'The assessment is overdue',
  signPlease: 'Please sign the agreement',
  signNudge: 'The agreement still awaits your signature',
  signEscalation: 'The agreement has not been signed',
  countersignPlease: 'Please countersign the agreement',
  onHoldCheckIn: 'Check in on the paused case',
  staleCase: 'Nothing has happened on this case for a while',
};

/**
 * Fires a reminder: in one transaction it locks the row, re-checks that it is still scheduled and
 * that its case is still where it was scheduled, then marks it sent and writes the notifications.
 * A retried or duplicated job finds it sent and does nothing.
 */
export class ReminderFiring {
  constructor(private readonly db: DataSource) {}

  fire(reminderId: string): Promise<FireOutcome> {
    return this.db.transaction(async (manager) => {
      const [reminder] = (await manager.query(
        `SELECT r.id, r.case_id AS "caseId", r.kind, r.scope, r.recipient, r.status,
                r.scheduled_in_state AS "scheduledInState", r.case_version AS "caseVersion",
                c.state AS "caseState", c.version AS "currentVersion",
                c.coordinator_id AS "coordinatorId", c.company_id AS "companyId"
           FROM reminder r JOIN case_file c ON c.id = r.case_id
          WHERE r.id = $1
          FOR UPDATE OF r`,
        [reminderId],
      )) as ReminderRow[];
      if (!reminder) return { outcome: 'skipped', reason: 'no such reminder' };
      if (reminder.status !== 'scheduled') {
        return { outcome: 'skipped', reason: `reminder is ${reminder.status}` };
      }

      const stillHolds =
        reminder.scope === 'staleCase'
          ? reminder.currentVersion === reminder.caseVersion &&
            !FINAL_STATES.includes(reminder.caseState)
          : reminder.caseState === reminder.scheduledInState;
      if (!stillHolds) return this.drop(manager, reminder.id, 'the case has moved on');

      const recipients = await this.recipients(manager, reminder);
      if (recipients.length === 0) return this.drop(manager, reminder.id, 'nobody to notify');

      await manager.query(
        `INSERT INTO notification (user_id, reminder_id, kind, title, body, link)
         SELECT u, $2, $3, $4, $5, $6 FROM unnest($1::uuid[]) AS u
         ON CONFLICT (reminder_id, user_id) DO NOTHING`,
        [
          recipients,
          reminder.id,
          reminder.kind,
          TITLES[reminder.kind] ?? reminder.kind,
          TITLES[reminder.kind] ?? reminder.kind,
          `/cases/${reminder.caseId}`,
        ],
      );
      await manager.query(`UPDATE reminder SET status = 'sent', sent_at = now() WHERE id = $1`, [
        reminder.id,
      ]);
      return { outcome: 'sent', notified: recipients };
    });
  }

  private async drop(manager: EntityManager, id: string, reason: string): Promise<FireOutcome> {
    await manager.query(
      `UPDATE reminder SET status = 'dropped', dropped_at = now() WHERE id = $1`,
      [id],
    );
    return { outcome: 'dropped', reason };
  }

  private async recipients(manager: EntityManager, reminder: ReminderRow): Promise<string[]> {
    let rows: { id: string }[] = [];
    switch (reminder.recipient) {
      case 'coordinator':
        return reminder.coordinatorId ? [reminder.coordinatorId] : [];
      case 'experts':
        rows = (await manager.query(
          `SELECT u.id FROM case_expert e JOIN app_user u ON u.id = e.expert_id
            WHERE e.case_id = $1 AND u.active ORDER BY u.id`,
          [reminder.caseId],
        )) as { id: string }[];
        break;
      case 'smeSigners':
      case 'smeContacts':
        // Until agreements name their signer, every active SME user of the company.
        rows = (await manager.query(
          `SELECT id FROM app_user WHERE company_id = $1 AND role = 'sme' AND active ORDER BY id`,
          [reminder.companyId],
        )) as { id: string }[];
        break;
      default:
        throw new Error(
          `Reminder ${reminder.id} has an unknown recipient "${reminder.recipient}".`,
        );
    }
    return rows.map((row) => row.id);
  }
}
