import { getQueueToken } from '@nestjs/bullmq';
import { type Provider } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@techpact/api/infra-config';
import { MailService } from '@techpact/api/infra-mail';
import {
  NotificationMailer,
  NotificationMailReconciler,
  type NotificationQueue,
} from '@techpact/api/notifications';
import { QueueName } from '@techpact/contracts';
import { type DataSource } from 'typeorm';
import { NotificationMailLoop } from './notification-mail.loop';

/** E-mail delivery of notifications: the mailer and the reconciliation of missing jobs. */
export const NOTIFICATION_PROVIDERS: Provider[] = [
  {
    provide: NotificationMailer,
    inject: [getDataSourceToken(), MailService, APP_CONFIG],
    useFactory: (db: DataSource, mail: MailService, config: AppConfig) =>
      new NotificationMailer(db, mail, config.appUrl),
  },
  {
    provide: NotificationMailReconciler,
    inject: [getDataSourceToken(), getQueueToken(QueueName.Notifications)],
    useFactory: (db: DataSource, queue: NotificationQueue) =>
      new NotificationMailReconciler(db, queue),
  },
  NotificationMailLoop,
];
