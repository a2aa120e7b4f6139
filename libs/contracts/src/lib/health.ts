export type DependencyStatus = 'up' | 'down';

/** `GET /api/health/ready`: 200 when the database is up; Redis being down degrades, not fails. */
export interface ReadinessResponse {
  status: 'ok' | 'degraded' | 'down';
  database: DependencyStatus;
  redis: DependencyStatus;
  /** Last heartbeat of a worker, ISO time, or null when none was seen. */
  workerHeartbeatAt: string | null;
  /** Outbox rows not yet relayed by a worker; null when the database does not answer. */
  outbox: OutboxLag | null;
}

export interface OutboxLag {
  unrelayed: number;
  /** Age in seconds of the oldest unrelayed row; null when the outbox is drained. */
  oldestAgeSeconds: number | null;
}
