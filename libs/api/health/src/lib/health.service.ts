import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RedisHealthService } from '@techpact/api/infra-queue';
import { type DependencyStatus, type ReadinessResponse } from '@techpact/contracts';
import { DataSource } from 'typeorm';
import { readinessOf } from './readiness';

const DATABASE_TIMEOUT_MS = 2000;

@Injectable()
export class HealthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly redis: RedisHealthService,
  ) {}

  async readiness(): Promise<ReadinessResponse> {
    const [database, redis, heartbeat] = await Promise.all([
      this.database(),
      this.redis.status(),
      this.redis.workerHeartbeatAt(),
    ]);
    return readinessOf(database, redis, heartbeat);
  }

  private async database(): Promise<DependencyStatus> {
    try {
      await Promise.race([
        this.db.query('SELECT 1'),
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error('timeout')), DATABASE_TIMEOUT_MS).unref(),
        ),
      ]);
      return 'up';
    } catch {
      return 'down';
    }
  }
}
