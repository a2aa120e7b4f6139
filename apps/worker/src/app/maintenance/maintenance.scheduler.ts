import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectTypedQueue, redisOutageLog, type TypedQueue } from '@techpact/api/infra-queue';
import { MaintenanceJob, QueueName } from '@techpact/contracts';

export const HEARTBEAT_EVERY_MS = 10_000;

/**
 * Keeps the repeating maintenance jobs scheduled. Upserting is idempotent, so every worker
 * replica does it at start, and again when Redis is back after an outage (it may come back
 * empty); there is still one schedule.
 */
@Injectable()
export class MaintenanceScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MaintenanceScheduler.name);
  private stopListening?: () => void;

  constructor(
    @InjectTypedQueue(QueueName.Maintenance)
    private readonly queue: TypedQueue<QueueName.Maintenance>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.schedule();
    this.logger.log(`Heartbeat scheduled every ${HEARTBEAT_EVERY_MS / 1000} s.`);
    this.stopListening = redisOutageLog.onRecovered(() => {
      this.schedule().catch((error: unknown) =>
        this.logger.error(`Could not schedule the maintenance jobs again: ${String(error)}`),
      );
    });
  }

  onApplicationShutdown(): void {
    this.stopListening?.();
  }

  private async schedule(): Promise<void> {
    await this.queue.upsertJobScheduler(
      MaintenanceJob.Heartbeat,
      { every: HEARTBEAT_EVERY_MS },
      {
        name: MaintenanceJob.Heartbeat,
        data: {},
        opts: { removeOnComplete: true, removeOnFail: 100 },
      },
    );
  }
}
