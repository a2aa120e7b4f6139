import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@techpact/api/infra-config';
import { bullConnection, isRedisConnectionError } from '@techpact/api/infra-queue';
import {
  type FailedJobItem,
  QUEUE_JOB_STATES,
  type QueueCounts,
  QueueName,
  type QueuesHealthResponse,
  type RetryJobResponse,
} from '@techpact/contracts';
import { Queue } from 'bullmq';
import { OversightErrors } from './oversight.errors';

const QUEUE_NAMES: readonly string[] = Object.values(QueueName);
const FAILED_PAGE = 50;
/** BullMQ waits for its connection before a command; a request does not wait longer than this. */
const REDIS_WAIT_MS = 3_000;

/**
 * The queues seen by an admin: counts, failed jobs, retry. Uses the API's Redis options (no
 * offline queue), so a request fails fast with 503 while Redis is away instead of hanging.
 * Queues are opened on first use: an API nobody asks about queues holds no extra connections.
 */
@Injectable()
export class QueueAdminService implements OnModuleDestroy {
  private readonly queues = new Map<QueueName, Queue>();

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async health(): Promise<QueuesHealthResponse> {
    const queues: QueueCounts[] = [];
    for (const name of Object.values(QueueName)) {
      const counts = await this.redis(() => this.queue(name).getJobCounts(...QUEUE_JOB_STATES));
      queues.push({
        queue: name,
        counts: Object.fromEntries(
          QUEUE_JOB_STATES.map((state) => [state, counts[state] ?? 0]),
        ) as QueueCounts['counts'],
      });
    }
    return { queues };
  }

  async failed(queueName: string): Promise<FailedJobItem[]> {
    const queue = this.queue(this.known(queueName));
    const jobs = await this.redis(() => queue.getFailed(0, FAILED_PAGE - 1));
    return jobs.map((job) => ({
      id: job.id ?? '',
      name: job.name,
      data: job.data as Record<string, unknown>,
      failedReason: job.failedReason ?? '',
      attemptsMade: job.attemptsMade,
      failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
    }));
  }

  async retry(queueName: string, jobId: string): Promise<RetryJobResponse> {
    const queue = this.queue(this.known(queueName));
    const job = await this.redis(() => queue.getJob(jobId));
    if (!job) throw OversightErrors.jobNotFound(queueName, jobId);
    const state = await this.redis(() => job.getState());
    if (state !== 'failed') throw OversightErrors.notFailed(jobId, state);
    await this.redis(() => job.retry('failed'));
    return { id: jobId, retried: true };
  }

  async onModuleDestroy(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
  }

  private known(queueName: string): QueueName {
    if (!QUEUE_NAMES.includes(queueName))
      throw OversightErrors.unknownQueue(queueName, QUEUE_NAMES);
    return queueName as QueueName;
  }

  private queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, {
        connection: bullConnection(this.config.redisUrl, 'api'),
        prefix: this.config.redisPrefix,
      });
      // Errors surface on the request that hit them; the client reconnects by itself.
      queue.on('error', () => undefined);
      this.queues.set(name, queue);
    }
    return queue;
  }

  private async redis<T>(work: () => Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(OversightErrors.redisUnavailable()), REDIS_WAIT_MS);
    });
    try {
      return await Promise.race([work(), timeout]);
    } catch (error) {
      if (error instanceof Error && isRedisConnectionError(error)) {
        throw OversightErrors.redisUnavailable();
      }
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }
}
