import { setTimeout as sleep } from 'node:timers/promises';
import { Redis } from 'ioredis';
import { redisHint } from './redis-errors';

export interface WaitForRedisOptions {
  /** Told, once per failed attempt, why Redis is not usable yet and what to do about it. */
  onUnreachable: (message: string) => void;
  intervalMs?: number;
  signal?: AbortSignal;
}

/**
 * Resolves once Redis answers a PING. A worker calls it before it starts, so that a missing
 * Redis gives a message a person can act on, repeated until Redis is there, instead of a
 * crash loop.
 */
export async function waitForRedis(redisUrl: string, options: WaitForRedisOptions): Promise<void> {
  const intervalMs = options.intervalMs ?? 5_000;
  for (;;) {
    options.signal?.throwIfAborted();
    const probe = new Redis(redisUrl, {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: 3_000,
      disconnectTimeout: 100,
      retryStrategy: () => null,
    });
    let lastError: Error | undefined;
    probe.on('error', (error: Error) => (lastError = error)); // reported below, once per attempt
    try {
      await probe.connect();
      await probe.ping();
      return;
    } catch (error) {
      const cause = lastError ?? error;
      const reason = cause instanceof Error ? cause.message : String(cause);
      options.onUnreachable(
        `Redis is unreachable (${reason}). ${redisHint(redisUrl)} ` +
          `Trying again in ${intervalMs / 1000} s.`,
      );
    } finally {
      probe.disconnect();
    }
    await sleep(intervalMs, undefined, { signal: options.signal });
  }
}
