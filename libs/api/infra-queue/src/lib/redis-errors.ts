import { Logger } from '@nestjs/common';
import { redact } from '@techpact/api/infra-config';

const CONNECTION_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'EPIPE',
]);

const CONNECTION_ERROR_MESSAGE =
  /Connection is closed|Stream isn't writeable|ECONNREFUSED|ETIMEDOUT|MaxRetriesPerRequest|max retries per request/i;

/** True for "cannot reach Redis" errors, as opposed to errors of a command or a script. */
export function isRedisConnectionError(error: Error): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return (
    (!!code && CONNECTION_ERROR_CODES.has(code)) || CONNECTION_ERROR_MESSAGE.test(error.message)
  );
}

/** What a person can do about an unreachable Redis. */
export function redisHint(redisUrl?: string): string {
  const now = redisUrl ? ` (now ${redact(redisUrl)})` : '';
  return `Start one with \`redis-server --daemonize yes\` or set REDIS_URL${now}.`;
}

/**
 * Every Redis connection of the process (our clients, BullMQ's queues and workers) reports its
 * errors here. While Redis is away each of them retries on its own, so an outage is logged
 * once — not once per attempt and connection — and its end once more.
 */
export class RedisOutageLog {
  private down = false;
  private readonly recoveredListeners = new Set<() => void>();

  constructor(
    private readonly logger: Pick<Logger, 'warn' | 'log' | 'error'> = new Logger('Redis'),
  ) {}

  get isDown(): boolean {
    return this.down;
  }

  failed(error: Error, source: string): void {
    if (!isRedisConnectionError(error)) {
      this.logger.error(`${source}: ${error.message}`, error.stack);
      return;
    }
    if (this.down) return;
    this.down = true;
    this.logger.warn(
      `Redis is unreachable (${error.message || (error as NodeJS.ErrnoException).code}); ` +
        `retrying in the background, jobs wait until it is back and /api/health/ready reports ` +
        `redis "down". ${redisHint()}`,
    );
  }

  recovered(): void {
    if (!this.down) return;
    this.down = false;
    this.logger.log('Redis is reachable again.');
    for (const listener of this.recoveredListeners) listener();
  }

  /**
   * Calls `listener` whenever Redis is back after an outage, e.g. to schedule again what an
   * emptied Redis lost. Returns the unsubscribe function.
   */
  onRecovered(listener: () => void): () => void {
    this.recoveredListeners.add(listener);
    return () => this.recoveredListeners.delete(listener);
  }
}

/** The one outage log of the process. */
export const redisOutageLog = new RedisOutageLog();
