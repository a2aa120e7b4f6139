import {
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { NotificationMailReconciler } from '@techpact/api/notifications';

export const MAIL_RECONCILE_EVERY_MS = 60_000;

/**
 * Every minute, gives each notification still waiting for its e-mail a job (after a crash between
 * commit and enqueue, or a Redis flush).
 */
@Injectable()
export class NotificationMailLoop implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(NotificationMailLoop.name);
  private timer?: NodeJS.Timeout;

  constructor(private readonly reconciler: NotificationMailReconciler) {}

  onApplicationBootstrap(): void {
    void this.reconcile();
    this.timer = setInterval(() => void this.reconcile(), MAIL_RECONCILE_EVERY_MS);
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private async reconcile(): Promise<void> {
    try {
      const restored = await this.reconciler.reconcile();
      if (restored > 0) this.logger.warn(`Re-enqueued ${restored} notification e-mails.`);
    } catch (error) {
      this.logger.warn(`Could not reconcile notification e-mails (${String(error)}); later again.`);
    }
  }
}
