import { OnWorkerEvent, WorkerHost } from '@nestjs/bullmq';
import { redisOutageLog } from './redis-errors';

/**
 * Base of the one processor per queue: routes the worker's errors to the process's Redis
 * outage log, so that a Redis outage is one warning and not one line per retry.
 */
export abstract class QueueProcessor extends WorkerHost {
  @OnWorkerEvent('error')
  onWorkerError(error: Error): void {
    redisOutageLog.failed(error, `${this.constructor.name} (worker)`);
  }

  @OnWorkerEvent('ready')
  onWorkerReady(): void {
    redisOutageLog.recovered();
  }
}
