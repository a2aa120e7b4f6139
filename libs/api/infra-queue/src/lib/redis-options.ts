import { type QueueOptions } from 'bullmq';
import { Redis, type RedisOptions } from 'ioredis';
import { redisOutageLog } from './redis-errors';

/** Which side of the queues a process is; decides how its Redis connections behave. */
export type QueueRole = 'api' | 'worker';

/** Retries forever, a little slower each time, at most every 10 s. */
function retryStrategy(times: number): number {
  return Math.min(times * 500, 10_000);
}

/**
 * ioredis options per role. The API fails fast while Redis is away (no offline queue, one
 * retry), so a request never waits for a reconnect; a worker waits and retries, and BullMQ
 * requires `maxRetriesPerRequest: null` for its blocking commands.
 */
export function redisOptions(role: QueueRole): RedisOptions {
  switch (role) {
    case 'api':
      return {
        enableOfflineQueue: false,
        maxRetriesPerRequest: 1,
        connectTimeout: 1_000,
        disconnectTimeout: 100,
        retryStrategy,
      };
    case 'worker':
      return { maxRetriesPerRequest: null, connectTimeout: 5_000, retryStrategy };
  }
}

/** The connection BullMQ opens for every queue and worker (it owns and closes them). */
export function bullConnection(redisUrl: string, role: QueueRole): QueueOptions['connection'] {
  return { url: redisUrl, ...redisOptions(role), retryStrategy };
}

/** A client of our own, whose outage is logged once (see {@link redisOutageLog}). */
export function createRedis(redisUrl: string, role: QueueRole, name: string): Redis {
  const redis = new Redis(redisUrl, { ...redisOptions(role), connectionName: `techpact-${name}` });
  redis.on('error', (error: Error) => redisOutageLog.failed(error, name));
  redis.on('ready', () => redisOutageLog.recovered());
  return redis;
}
