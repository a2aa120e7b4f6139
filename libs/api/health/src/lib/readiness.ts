import { type DependencyStatus, type OutboxLag, type ReadinessResponse } from '@techpact/contracts';

/** Ready when the database is up; without Redis the API still serves (degraded). */
export function readinessOf(
  database: DependencyStatus,
  redis: DependencyStatus,
  workerHeartbeatAt: string | null,
  outbox: OutboxLag | null = null,
): ReadinessResponse {
  const status = database === 'down' ? 'down' : redis === 'down' ? 'degraded' : 'ok';
  return { status, database, redis, workerHeartbeatAt, outbox };
}
