import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { InjectTypedQueue, redisOutageLog, type TypedQueue } from '@techpact/api/infra-queue';
import { weeklyNudgeRepeat, weeklyNudgeSchedulerId } from '@techpact/api/reminders';
import { QueueName, ReminderJob } from '@techpact/contracts';
import { DataSource } from 'typeorm';

export const WEEKLY_SYNC_EVERY_MS = 5 * 60_000;

/**
 * One BullMQ job scheduler per programme: Friday 14:00 in the programme's time zone (cron with
 * `tz`, so daylight-saving changes keep the local time). Upserting is idempotent, so every
 * replica does it at start, every few minutes (new programmes, changed time zones) and when Redis
 * is back after an outage (it may come back empty).
 */
@Injectable()
export class WeeklyNudgeScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WeeklyNudgeScheduler.name);
  private timer?: NodeJS.Timeout;
  private stopListening?: () => void;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectTypedQueue(QueueName.Reminders) private readonly queue: TypedQueue<QueueName.Reminders>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.sync();
    this.timer = setInterval(() => void this.sync(), WEEKLY_SYNC_EVERY_MS);
    this.stopListening = redisOutageLog.onRecovered(() => void this.sync());
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
    this.stopListening?.();
  }

  async sync(): Promise<void> {
    try {
      const programmes = (await this.db.query(
        `SELECT id, time_zone AS "timeZone" FROM programme ORDER BY id`,
      )) as { id: string; timeZone: string }[];
      for (const programme of programmes) {
        // BullMQ types the scheduler id as the queue's job-name type; one per programme here.
        await this.queue.upsertJobScheduler(
          weeklyNudgeSchedulerId(programme.id) as ReminderJob,
          weeklyNudgeRepeat(programme.timeZone),
          {
            name: ReminderJob.WeeklyHoursNudge,
            data: { programmeId: programme.id },
            opts: { removeOnComplete: 100, removeOnFail: 100, attempts: 5 },
          },
        );
      }
    } catch (error) {
      this.logger.warn(
        `Could not schedule the weekly hours nudge (${String(error)}); later again.`,
      );
    }
  }
}
