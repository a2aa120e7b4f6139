export type DependencyStatus = 'up' | 'down';

/** `GET /api/health/ready`: 200 when the database is up; Redis being down degrades, not fails. */
export interface ReadinessResponse {
  status: 'ok' | 'degraded' | 'down';
  database: DependencyStatus;
  redis: DependencyStatus;
  /** Last heartbeat of a worker, ISO time, or null when none was seen. */
  workerHeartbeatAt: string | null;
}
