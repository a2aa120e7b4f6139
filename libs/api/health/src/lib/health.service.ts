import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RedisHealthService } from '@techpact/api/infra-queue';
import { type DependencyStatus, type OutboxLag, type ReadinessResponse } from '@techpact/contracts';
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
    const [database, outbox, redis, heartbeat] = await Promise.all([
      this.database(),
      this.outboxLag(),
      this.redis.status(),
      this.redis.workerHeartbeatAt(),
    ]);
    return readinessOf(database, redis, heartbeat, outbox);
  }

  private async database(): Promise<DependencyStatus> {
    try {
      await withTimeout(this.db.query('SELECT 1'));
      return 'up';
    } catch {
      return 'down';
    }
  }

  /**
   * The outbox rows no worker has relayed yet and the age of the oldest: a growing lag means the
   * worker or Redis is away. Null when it cannot be read (database down, or not migrated yet).
   */
  private async outboxLag(): Promise<OutboxLag | null> {
    try {
      const [row] = (await withTimeout(
        this.db.query(
          `SELECT count(*)::int AS unrelayed,
                  floor(extract(epoch FROM now() - min(created_at)))::int AS "oldestAgeSeconds"
             FROM outbox WHERE relayed_at IS NULL`,
        ),
      )) as OutboxLag[];
      return { unrelayed: row?.unrelayed ?? 0, oldestAgeSeconds: row?.oldestAgeSeconds ?? null };
    } catch {
      return null;
    }
  }
}

function withTimeout<T>(work: Promise<T>): Promise<T> {
  return Promise.race([
    work,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('timeout')), DATABASE_TIMEOUT_MS).unref(),
    ),
  ]);
}
