import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@techpact/api/infra-config';
import { type DependencyStatus } from '@techpact/contracts';
import { type Redis } from 'ioredis';
import { once } from 'node:events';
import { createRedis } from './redis-options';

/** How long a health check waits for Redis before calling it down. */
export const REDIS_HEALTH_TIMEOUT_MS = 1000;

/** The key a worker refreshes with the ISO time of its last heartbeat. */
export function heartbeatKey(prefix: string): string {
  return `${prefix}:worker:heartbeat`;
}

/** Redis as the API sees it: reachable or not, and when a worker last said it was alive. */
@Injectable()
export class RedisHealthService implements OnModuleDestroy {
  private readonly redis: Redis;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.redis = createRedis(config.redisUrl, 'api', 'health');
  }

  async status(): Promise<DependencyStatus> {
    try {
      await this.ready();
      const pong = await withTimeout(this.redis.ping(), REDIS_HEALTH_TIMEOUT_MS);
      return pong === 'PONG' ? 'up' : 'down';
    } catch {
      return 'down';
    }
  }

  /** ISO time of the last worker heartbeat; null when none is recent or Redis is down. */
  async workerHeartbeatAt(): Promise<string | null> {
    try {
      await this.ready();
      const key = heartbeatKey(this.config.redisPrefix);
      return await withTimeout(this.redis.get(key), REDIS_HEALTH_TIMEOUT_MS);
    } catch {
      return null;
    }
  }

  onModuleDestroy(): void {
    this.redis.disconnect();
  }

  /**
   * Waits briefly for a connection that is being made (just after start); a client that is
   * reconnecting after a failure is down, and the command fails at once (no offline queue).
   */
  private async ready(): Promise<void> {
    const status = this.redis.status;
    if (status === 'connecting' || status === 'connect') {
      await once(this.redis, 'ready', { signal: AbortSignal.timeout(REDIS_HEALTH_TIMEOUT_MS) });
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms).unref(),
    ),
  ]);
}
