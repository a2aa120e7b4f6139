import { getQueueToken } from '@nestjs/bullmq';
import { type Provider } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import {
  type ReminderQueue,
  ReminderFiring,
  ReminderReconciler,
  ReminderRelay,
} from '@techpact/api/reminders';
import { QueueName } from '@techpact/contracts';
import { type DataSource } from 'typeorm';
import { ReminderRelayLoop } from './reminder-relay.loop';

/** The reminder services of the worker: firing, the outbox relay loop and reconciliation. */
export const REMINDER_PROVIDERS: Provider[] = [
  {
    provide: ReminderFiring,
    inject: [getDataSourceToken()],
    useFactory: (db: DataSource) => new ReminderFiring(db),
  },
  {
    provide: ReminderRelay,
    inject: [getDataSourceToken(), getQueueToken(QueueName.Reminders)],
    useFactory: (db: DataSource, queue: ReminderQueue) => new ReminderRelay(db, queue),
  },
  {
    provide: ReminderReconciler,
    inject: [getDataSourceToken(), getQueueToken(QueueName.Reminders)],
    useFactory: (db: DataSource, queue: ReminderQueue) => new ReminderReconciler(db, queue),
  },
  ReminderRelayLoop,
];
