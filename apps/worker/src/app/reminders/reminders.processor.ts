import { Processor } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { QueueProcessor } from '@techpact/api/infra-queue';
import {
  ReminderFireBatcher,
  ReminderFiring,
  SignerReminderMailer,
  WeeklyHoursNudge,
} from '@techpact/api/reminders';
import { type JobPayloads, QueueName, ReminderJob } from '@techpact/contracts';
import { DelayedError, type Job } from 'bullmq';

/** How long a job waits for the relay's transaction that enqueued it to commit its reminder. */
export const UNCOMMITTED_WAIT_MS = 10 * 60_000;

/** The jobs {@link RemindersProcessor.process} handles; checked against the contracts at start. */
const HANDLED_JOBS = [
  ReminderJob.Fire,
  ReminderJob.WeeklyHoursNudge,
  ReminderJob.EmailSigner,
] as const;
type HandledJob = (typeof HANDLED_JOBS)[number];

/**
 * Jobs run at once. Firing is cheap per job (due jobs are gathered into one transaction per batch
 * by a {@link ReminderFireBatcher}), so many at once are what lets a burst of due reminders fill
 * batches; e-mail jobs of signers, also on this queue, each wait on SMTP and hold no lock long.
 */
export const REMINDER_CONCURRENCY = 200;
/** Reminders per firing transaction, and such transactions at once (pool of 10 connections). */
export const FIRE_BATCH = { maxBatch: 100, maxInFlight: 2, lingerMs: 5 } as const;

/**
 * A crashed worker's active jobs are picked up again once their lock lapses; 15 s (renewed every
 * 7.5 s while a job runs) instead of BullMQ's 30 s makes that recovery quicker.
 */
export const CRASH_RECOVERY = { lockDuration: 15_000, stalledInterval: 10_000 } as const;

@Processor(QueueName.Reminders, { concurrency: REMINDER_CONCURRENCY, ...CRASH_RECOVERY })
export class RemindersProcessor extends QueueProcessor {
  static readonly handledJobs: readonly ReminderJob[] = HANDLED_JOBS;
  private readonly logger = new Logger(RemindersProcessor.name);
  private readonly batcher: ReminderFireBatcher;

  constructor(
    firing: ReminderFiring,
    private readonly weekly: WeeklyHoursNudge,
    private readonly signerMailer: SignerReminderMailer,
  ) {
    super();
    this.batcher = new ReminderFireBatcher(firing, FIRE_BATCH);
  }

  async process(job: Job<JobPayloads[ReminderJob]>, token?: string): Promise<void> {
    const name = job.name as HandledJob;
    switch (name) {
      case ReminderJob.Fire:
        return this.fire(job as Job<JobPayloads[ReminderJob.Fire]>, token);
      case ReminderJob.WeeklyHoursNudge: {
        const { programmeId } = job.data as JobPayloads[ReminderJob.WeeklyHoursNudge];
        // The run's scheduled time decides the week, not when a late worker picks it up.
        const scheduledAt = new Date(job.timestamp + (job.delay ?? 0));
        const result = await this.weekly.run(programmeId, scheduledAt);
        this.logger.log(
          `Weekly hours nudge ${result.week.label}: ${result.nudged.length} expert(s) nudged.`,
        );
        return;
      }
      case ReminderJob.EmailSigner: {
        const { signerEmailId } = job.data as JobPayloads[ReminderJob.EmailSigner];
        const outcome = await this.signerMailer.email(signerEmailId);
        this.logger.debug(`Signer e-mail ${signerEmailId}: ${outcome}`);
        return;
      }
      default: {
        const unknown: never = name;
        throw new Error(`The ${QueueName.Reminders} queue has no handler for job "${unknown}".`);
      }
    }
  }

  private async fire(job: Job<JobPayloads[ReminderJob.Fire]>, token?: string): Promise<void> {
    const result = await this.batcher.fire(job.data.reminderId);
    // The relay enqueues before it commits, so a due job can run before its row exists (or its
    // batch rolled back and the next one writes the same id): look again in a second, without
    // using up the job's attempts. Past the wait, reconciliation re-adds the job of a row that
    // still appears scheduled.
    if (
      result.outcome === 'skipped' &&
      result.reason === 'no such reminder' &&
      Date.now() - job.timestamp < UNCOMMITTED_WAIT_MS
    ) {
      await job.moveToDelayed(Date.now() + 1_000, token);
      throw new DelayedError();
    }
    if (result.outcome !== 'sent') {
      this.logger.debug(`Reminder ${job.data.reminderId} ${result.outcome}: ${result.reason}`);
    }
  }
}
