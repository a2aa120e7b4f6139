import { getQueueToken } from '@nestjs/bullmq';
import { type Provider } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { MailService } from '@techpact/api/infra-mail';
import { enqueueNotificationEmails, type NotificationQueue } from '@techpact/api/notifications';
import {
  enqueueSignerEmails,
  type ReminderQueue,
  ReminderFiring,
  ReminderReconciler,
  ReminderRelay,
  SignerReminderMailer,
  WeeklyHoursNudge,
} from '@techpact/api/reminders';
import { QueueName } from '@techpact/contracts';
import { type DataSource } from 'typeorm';
import { ReminderRelayLoop } from './reminder-relay.loop';
import { WeeklyNudgeScheduler } from './weekly-nudge.scheduler';

/**
 * The reminder services of the worker: firing, the weekly nudge, signer e-mails, the outbox
 * relay loop and reconciliation. Notifications and signer e-mails are enqueued after commit.
 */
export const REMINDER_PROVIDERS: Provider[] = [
  {
    provide: ReminderFiring,
    inject: [
      getDataSourceToken(),
      getQueueToken(QueueName.Notifications),
      getQueueToken(QueueName.Reminders),
    ],
    useFactory: (db: DataSource, mail: NotificationQueue, reminders: ReminderQueue) =>
      new ReminderFiring(db, {
        onNotified: (ids) => enqueueNotificationEmails(mail, ids),
        onSignerEmails: (ids) => enqueueSignerEmails(reminders, ids),
      }),
  },
  {
    provide: WeeklyHoursNudge,
    inject: [getDataSourceToken(), getQueueToken(QueueName.Notifications)],
    useFactory: (db: DataSource, mail: NotificationQueue) =>
      new WeeklyHoursNudge(db, { onNotified: (ids) => enqueueNotificationEmails(mail, ids) }),
  },
  {
    provide: SignerReminderMailer,
    inject: [getDataSourceToken(), MailService],
    useFactory: (db: DataSource, mail: MailService) => new SignerReminderMailer(db, mail),
  },
  {
    provide: ReminderRelay,
    inject: [
      getDataSourceToken(),
      getQueueToken(QueueName.Reminders),
      getQueueToken(QueueName.Notifications),
    ],
    useFactory: (db: DataSource, queue: ReminderQueue, mail: NotificationQueue) =>
      new ReminderRelay(db, queue, { onNotified: (ids) => enqueueNotificationEmails(mail, ids) }),
  },
  {
    provide: ReminderReconciler,
    inject: [getDataSourceToken(), getQueueToken(QueueName.Reminders)],
    useFactory: (db: DataSource, queue: ReminderQueue) => new ReminderReconciler(db, queue),
  },
  ReminderRelayLoop,
  WeeklyNudgeScheduler,
];
