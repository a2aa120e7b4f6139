import {
  type CancelRemindersEffect,
  type CaseEffect,
  type ReminderDue,
  type ScheduleReminderEffect,
} from '@techpact/lifecycle';
import { type TypedQueue } from '@techpact/api/infra-queue';
import { notifyFromOutbox } from '@techpact/api/notifications';
import { type JobPayloads, type QueueName, ReminderJob } from '@techpact/contracts';
import { type JobsOptions } from 'bullmq';
import { type DataSource, type EntityManager } from 'typeorm';
import { syncActivityReminders } from './activity-reminders';
import { addBusinessDays, addCalendarDays } from './business-days';
import { reminderIdFor, reminderJobId } from './reminder-jobs';

interface OutboxRow {
  id: string;
  payload: {
    caseId: string;
    programmeId: string;
    caseVersion: number;
    occurredAt: string;
    effect: CaseEffect;
  };
}

type ScheduleRow = OutboxRow & { payload: { effect: ScheduleReminderEffect } };

/**
 * Outbox rows claimed per batch. Set-based statements make a big batch cheap; 500 keeps its
 * addBulk well inside the Redis timeout even on a busy machine (a timed-out batch is retried).
 */
const DEFAULT_BATCH = 500;

/**
 * The scheduleReminder rows from `start` on that can be scheduled together: consecutive (so the
 * outbox order of other effects holds) and at most one per case and kind (a later one of the
 * same kind supersedes an earlier one, which needs the earlier one written first).
 */
function scheduleRun(rows: readonly OutboxRow[], start: number): ScheduleRow[] {
  const run: ScheduleRow[] = [];
  const keys = new Set<string>();
  for (let i = start; i < rows.length; i++) {
    const row = rows[i] as OutboxRow;
    if (row.payload.effect.type !== 'scheduleReminder') break;
    const key = `${row.payload.caseId}/${row.payload.effect.kind}`;
    if (keys.has(key)) break;
    keys.add(key);
    run.push(row as ScheduleRow);
  }
  return run;
}

interface CaseContext {
  timeZone: string;
  country: string;
  settings: { reminders?: Record<string, { due?: unknown } | undefined> } | null;
  state: string;
}

export interface RelayResult {
  /** Outbox rows marked relayed. */
  relayed: number;
  scheduled: number;
  cancelled: number;
  /** Notifications written for `notify` rows. */
  notified: number;
}

export type ReminderQueue = TypedQueue<QueueName.Reminders>;
type FireReminderPayload = JobPayloads[ReminderJob.Fire];

/** Every effect kind is relayed here, in outbox order, so that a case's effects stay ordered. */
const RELAYED_EFFECTS: readonly CaseEffect['type'][] = [
  'scheduleReminder',
  'cancelReminders',
  'syncActivityReminders',
  'notify',
];

/** Job options of every reminder job: keep a record of fired jobs for a day, failed for a week. */
export function reminderJobOptions(jobId: string, dueAt: Date, now: Date): JobsOptions {
  return {
    jobId,
    delay: Math.max(0, dueAt.getTime() - now.getTime()),
    attempts: 5,
    backoff: { type: 'exponential', delay: 5_000 },
    removeOnComplete: { age: 86_400 },
    removeOnFail: { age: 7 * 86_400 },
  };
}

/**
 * Moves committed outbox rows of reminder effects into `reminder` rows and delayed BullMQ jobs.
 * Rows are claimed with `FOR UPDATE SKIP LOCKED`, so several relays can run at once and each row is
 * relayed once; Redis is written before the claim commits, so a failed enqueue leaves the rows
 * unrelayed (their attempts counted) for the next round.
 */
export class ReminderRelay {
  constructor(
    private readonly db: DataSource,
    private readonly queue: ReminderQueue,
    private readonly options: {
      batchSize?: number;
      /** How long the enqueue may wait for Redis before the batch is given up and retried. */
      redisTimeoutMs?: number;
      /**
       * Called with the ids of the notifications a batch wrote, once they have committed (to
       * e-mail them). A failure is left to the e-mail reconciliation, the rows being relayed.
       */
      onNotified?: (notificationIds: string[]) => Promise<void>;
    } = {},
  ) {}

  /** Relays one batch; resolves to what it did, throws (after recording the attempt) if Redis failed. */
  async relayBatch(): Promise<RelayResult> {
    const notified: string[] = [];
    const result = await this.relayInTransaction(notified);
    if (notified.length > 0 && this.options.onNotified) {
      await this.options.onNotified(notified).catch(() => undefined);
    }
    return result;
  }

  private async relayInTransaction(notified: string[]): Promise<RelayResult> {
    // A batch holds its rows, and (through the reminder's foreign key) a share lock on their
    // cases, until Redis answers; a transition on one of those cases waits for it. So while Redis
    // is known to be away no batch is opened at all.
    await this.assertRedisConnected();
    let claimed: string[] = [];
    try {
      return await this.db.transaction(async (manager) => {
        notified.length = 0;
        const rows = (await manager.query(
          // ORDER BY the column, not the text alias: numeric order, and the unrelayed index.
          `SELECT o.id::text AS id, o.payload FROM outbox o
            WHERE o.relayed_at IS NULL AND o.kind = ANY($1)
            ORDER BY o.id
            LIMIT $2
            FOR UPDATE SKIP LOCKED`,
          [RELAYED_EFFECTS, this.options.batchSize ?? DEFAULT_BATCH],
        )) as OutboxRow[];
        claimed = rows.map((row) => row.id);
        if (rows.length === 0) return { relayed: 0, scheduled: 0, cancelled: 0, notified: 0 };

        const toAdd: { name: ReminderJob; data: FireReminderPayload; opts: JobsOptions }[] = [];
        const toRemove: string[] = [];
        // BullMQ counts the delay from its own clock, so the real one.
        const now = new Date();
        for (let i = 0; i < rows.length;) {
          const row = rows[i] as OutboxRow;
          const { effect } = row.payload;
          if (effect.type === 'scheduleReminder') {
            const run = scheduleRun(rows, i);
            toAdd.push(...(await this.schedule(manager, run, now, toRemove)));
            i += run.length;
            continue;
          }
          i += 1;
          switch (effect.type) {
            case 'cancelReminders':
              toRemove.push(...(await this.cancel(manager, row, effect)));
              break;
            case 'syncActivityReminders': {
              const synced = await syncActivityReminders(manager, {
                outboxId: row.id,
                caseId: row.payload.caseId,
                programmeId: row.payload.programmeId,
                caseVersion: row.payload.caseVersion,
                now,
                jobOptions: reminderJobOptions,
              });
              toAdd.push(...synced.toAdd);
              toRemove.push(...synced.toRemove);
              break;
            }
            case 'notify':
              notified.push(
                ...(await notifyFromOutbox(manager, row.id, row.payload.caseId, effect)),
              );
              break;
            default: {
              const unknown: never = effect;
              throw new Error(
                `Outbox row ${row.id} has an unknown effect ${JSON.stringify(unknown)}.`,
              );
            }
          }
        }

        // Redis before commit: if it fails, the transaction rolls back and the rows stay unrelayed.
        const removeFromQueue = toRemove.filter(
          (jobId) => !toAdd.some((job) => job.opts.jobId === jobId),
        );
        // A worker's connection waits for Redis instead of failing, so bound the wait: the claim
        // must not hold its rows forever. Commands queued meanwhile may still run later; the ids
        // are deterministic and reconciliation restores what a rolled-back batch removed.
        await withTimeout(
          (async () => {
            for (const jobId of removeFromQueue) await this.queue.remove(jobId);
            if (toAdd.length > 0) await this.queue.addBulk(toAdd);
          })(),
          this.redisTimeoutMs(),
        );

        await manager.query(
          `UPDATE outbox SET relayed_at = clock_timestamp(), last_error = NULL
            WHERE id = ANY($1::bigint[])`,
          [claimed],
        );
        return {
          relayed: rows.length,
          scheduled: toAdd.length,
          cancelled: removeFromQueue.length,
          notified: notified.length,
        };
      });
    } catch (error) {
      if (claimed.length > 0) {
        await this.db.query(
          `UPDATE outbox SET attempts = attempts + 1, last_error = $2
            WHERE id = ANY($1::bigint[]) AND relayed_at IS NULL`,
          [claimed, error instanceof Error ? error.message.slice(0, 1000) : String(error)],
        );
      }
      throw error;
    }
  }

  private redisTimeoutMs(): number {
    return this.options.redisTimeoutMs ?? 5_000;
  }

  /** One cheap command first: it fails within a second while Redis is away (no batch opened). */
  private async assertRedisConnected(): Promise<void> {
    await withTimeout(this.queue.getJobCounts('wait'), Math.min(1_000, this.redisTimeoutMs()));
  }

  /**
   * Schedules a run of reminders (distinct case and kind, see {@link scheduleRun}) with three
   * statements whatever its length: the cases' calendars, cancelling what each supersedes, and
   * inserting the new rows. Per row it does what one transition's reminder needs: a reminder of
   * this kind from a later transition wins over a late-relayed earlier one (nothing scheduled);
   * otherwise an earlier pending one is cancelled and this one inserted (once per job id).
   */
  private async schedule(
    manager: EntityManager,
    run: readonly ScheduleRow[],
    now: Date,
    toRemove: string[],
  ): Promise<{ name: ReminderJob; data: FireReminderPayload; opts: JobsOptions }[]> {
    const caseIds = run.map((row) => row.payload.caseId);
    const kinds = run.map((row) => row.payload.effect.kind);
    const versions = run.map((row) => row.payload.caseVersion);
    const contexts = (await manager.query(
      `SELECT r.ord::int AS ord, p.time_zone AS "timeZone", trim(p.country) AS country,
              p.settings, COALESCE(a.to_state, c.state) AS state
         FROM unnest($1::uuid[], $2::int[]) WITH ORDINALITY AS r(case_id, version, ord)
         JOIN case_file c ON c.id = r.case_id
         JOIN programme p ON p.id = c.programme_id
         LEFT JOIN audit_event a ON a.case_id = c.id AND a.version = r.version`,
      [caseIds, versions],
    )) as (CaseContext & { ord: number })[];
    const contextOf = new Map(contexts.map((context) => [context.ord - 1, context]));
    run.forEach((row, i) => {
      if (!contextOf.has(i)) {
        throw new Error(
          `Outbox row ${row.id} names case ${row.payload.caseId}, which does not exist.`,
        );
      }
    });

    const [fresh] = (await manager.query(
      `WITH input AS (
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::int[]) WITH ORDINALITY
                    AS i(case_id, kind, version, ord)),
       fresh AS (
         SELECT * FROM input i
          WHERE NOT EXISTS (SELECT 1 FROM reminder r
                             WHERE r.case_id = i.case_id AND r.kind = i.kind
                               AND r.case_version > i.version)),
       superseded AS (
         UPDATE reminder r SET status = 'cancelled', cancelled_at = now()
           FROM fresh f
          WHERE r.case_id = f.case_id AND r.kind = f.kind AND r.status = 'scheduled'
            AND r.case_version < f.version
         RETURNING r.job_id)
       SELECT (SELECT COALESCE(array_agg(ord::int), '{}') FROM fresh) AS ords,
              (SELECT COALESCE(array_agg(job_id), '{}') FROM superseded) AS "jobIds"`,
      [caseIds, kinds, versions],
    )) as { ords: number[]; jobIds: string[] }[];
    toRemove.push(...(fresh?.jobIds ?? []));

    const rows = (fresh?.ords ?? []).map((ord) => {
      const row = run[ord - 1] as ScheduleRow;
      const context = contextOf.get(ord - 1) as CaseContext;
      const { effect } = row.payload;
      const due = validDue(context.settings?.reminders?.[effect.kind]?.due) ?? effect.due;
      const dueAt = dueAtOf(due, new Date(row.payload.occurredAt), context);
      const jobId = reminderJobId(row.payload.caseId, effect.kind, row.payload.caseVersion);
      return { row, context, dueAt, jobId, id: reminderIdFor(jobId) };
    });
    if (rows.length === 0) return [];
    await manager.query(
      `INSERT INTO reminder (id, case_id, programme_id, kind, scope, recipient, scheduled_in_state,
                             case_version, outbox_id, due_at, job_id)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[],
                            $7::text[], $8::int[], $9::bigint[], $10::timestamptz[], $11::text[])
       ON CONFLICT (job_id) DO NOTHING`,
      [
        rows.map((r) => r.id),
        rows.map((r) => r.row.payload.caseId),
        rows.map((r) => r.row.payload.programmeId),
        rows.map((r) => r.row.payload.effect.kind),
        rows.map((r) => r.row.payload.effect.scope),
        rows.map((r) => r.row.payload.effect.to),
        rows.map((r) => r.context.state),
        rows.map((r) => r.row.payload.caseVersion),
        rows.map((r) => r.row.id),
        rows.map((r) => r.dueAt),
        rows.map((r) => r.jobId),
      ],
    );
    return rows.map(({ id, jobId, dueAt }) => ({
      name: ReminderJob.Fire,
      data: { reminderId: id },
      opts: reminderJobOptions(jobId, dueAt, now),
    }));
  }

  private async cancel(
    manager: EntityManager,
    row: OutboxRow,
    effect: CancelRemindersEffect,
  ): Promise<string[]> {
    const [cancelled] = (await manager.query(
      `UPDATE reminder SET status = 'cancelled', cancelled_at = now()
        WHERE case_id = $1 AND scope = $2 AND status = 'scheduled' AND case_version < $3
        RETURNING job_id`,
      [row.payload.caseId, effect.scope, row.payload.caseVersion],
    )) as [{ job_id: string }[], number];
    return cancelled.map((r) => r.job_id);
  }
}

/** When a reminder is due, in the programme's time zone and country. */
export function dueAtOf(
  due: ReminderDue,
  occurredAt: Date,
  calendar: { timeZone: string; country: string },
): Date {
  if (due.rule === 'at') {
    const at = new Date(due.date);
    if (Number.isNaN(at.getTime()))
      throw new Error(`Reminder due date "${due.date}" is not a date.`);
    return at;
  }
  return due.unit === 'businessDays'
    ? addBusinessDays(occurredAt, due.amount, calendar)
    : addCalendarDays(occurredAt, due.amount, calendar.timeZone);
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new Error(`Redis did not answer within ${ms / 1000} s; the batch stays in the outbox.`),
        ),
      ms,
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * A programme's override of a reminder's due rule (`settings.reminders[kind].due`), if it is well
 * formed; a malformed one falls back to the default rather than blocking the outbox.
 */
function validDue(due: unknown): ReminderDue | null {
  if (typeof due !== 'object' || due === null) return null;
  const candidate = due as Record<string, unknown>;
  if (
    candidate['rule'] === 'after' &&
    Number.isInteger(candidate['amount']) &&
    (candidate['amount'] as number) >= 0 &&
    (candidate['unit'] === 'businessDays' || candidate['unit'] === 'days')
  ) {
    return {
      rule: 'after',
      amount: candidate['amount'] as number,
      unit: candidate['unit'] as 'businessDays' | 'days',
    };
  }
  return null;
}
