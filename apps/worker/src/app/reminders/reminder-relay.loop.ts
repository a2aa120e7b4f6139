import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { redisOutageLog } from '@techpact/api/infra-queue';
import { ReminderReconciler, ReminderRelay } from '@techpact/api/reminders';

export const RELAY_EVERY_MS = 1_000;
/** The relay probes Redis before it opens a batch, so retrying every few seconds costs nothing. */
export const RELAY_MAX_BACKOFF_MS = 5_000;
export const RECONCILE_EVERY_MS = 5 * 60_000;

/**
 * Drains the outbox every second (at once again while batches come back full) and backs off,
 * doubling up to 5 s, while Redis or PostgreSQL fail; reconciles the reminder jobs with the
 * database at start and every five minutes. When Redis is back after an outage it relays at once
 * (no waiting out the backoff) and reconciles, as Redis may have come back empty.
 */
@Injectable()
export class ReminderRelayLoop implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ReminderRelayLoop.name);
  private relayTimer?: NodeJS.Timeout;
  private reconcileTimer?: NodeJS.Timeout;
  private stopped = false;
  private failures = 0;
  private waiting = false;
  private stopListening?: () => void;

  constructor(
    private readonly relay: ReminderRelay,
    private readonly reconciler: ReminderReconciler,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.reconcile();
    this.scheduleRelay(0);
    this.reconcileTimer = setInterval(() => void this.reconcile(), RECONCILE_EVERY_MS);
    this.stopListening = redisOutageLog.onRecovered(() => {
      // Only a loop waiting out its backoff is woken; a running tick schedules its own next one.
      if (this.stopped || this.failures === 0 || !this.waiting) return;
      clearTimeout(this.relayTimer);
      this.scheduleRelay(0);
      void this.reconcile();
    });
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    this.stopListening?.();
    clearTimeout(this.relayTimer);
    clearInterval(this.reconcileTimer);
  }

  private scheduleRelay(delay: number): void {
    if (this.stopped) return;
    this.waiting = true;
    this.relayTimer = setTimeout(() => {
      this.waiting = false;
      void this.tick();
    }, delay);
  }

  private async tick(): Promise<void> {
    try {
      const { relayed } = await this.relay.relayBatch();
      if (this.failures > 0) {
        // Redis may have come back empty (a restart without persistence): restore the jobs.
        this.logger.log('The outbox relay works again.');
        void this.reconcile();
      }
      this.failures = 0;
      this.scheduleRelay(relayed > 0 ? 0 : RELAY_EVERY_MS);
    } catch (error) {
      this.failures += 1;
      const backoff = Math.min(RELAY_MAX_BACKOFF_MS, RELAY_EVERY_MS * 2 ** this.failures);
      if (this.failures === 1 || this.failures % 12 === 0) {
        this.logger.warn(
          `The outbox relay failed (${String(error)}); retrying in ${backoff / 1000} s. Transitions keep committing.`,
        );
      }
      this.scheduleRelay(backoff);
    }
  }

  private async reconcile(): Promise<void> {
    try {
      const restored = await this.reconciler.reconcile();
      if (restored > 0) this.logger.warn(`Restored ${restored} reminder jobs missing from Redis.`);
    } catch (error) {
      this.logger.warn(
        `Could not reconcile the reminder jobs (${String(error)}); trying again later.`,
      );
    }
  }
}
