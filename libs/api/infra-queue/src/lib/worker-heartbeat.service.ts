import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@techpact/api/infra-config';
import { type Redis } from 'ioredis';
import { heartbeatKey } from './redis-health.service';
import { createRedis } from './redis-options';

/** A worker that stops beating drops out of the health endpoint after this long. */
export const HEARTBEAT_TTL_SECONDS = 60;

/** Records that a worker is alive; the API reads it through {@link RedisHealthService}. */
@Injectable()
export class WorkerHeartbeatService implements OnApplicationShutdown {
  private readonly redis: Redis;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.redis = createRedis(config.redisUrl, 'worker', 'heartbeat');
  }

  async beat(at: Date = new Date()): Promise<void> {
    await this.redis.set(
      heartbeatKey(this.config.redisPrefix),
      at.toISOString(),
      'EX',
      HEARTBEAT_TTL_SECONDS,
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
