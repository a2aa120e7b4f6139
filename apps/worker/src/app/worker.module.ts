import { type DynamicModule, Module } from '@nestjs/common';
import { type AppConfig, InfraConfigModule } from '@techpact/api/infra-config';
import { InfraDbModule } from '@techpact/api/infra-db';
import { InfraMailModule } from '@techpact/api/infra-mail';
import { InfraQueueModule } from '@techpact/api/infra-queue';
import { LoggerModule } from 'nestjs-pino';
import { type Logger as PinoLogger } from 'pino';
import { MaintenanceScheduler } from './maintenance/maintenance.scheduler';
import { NOTIFICATION_PROVIDERS } from './notifications/notification.providers';
import { PROCESSORS } from './processors';
import { REMINDER_PROVIDERS } from './reminders/reminder.providers';

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, logger: PinoLogger): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        InfraConfigModule.forRoot(config),
        LoggerModule.forRoot({ pinoHttp: { logger } }),
        InfraDbModule.forRoot({ migrate: false }),
        InfraQueueModule.forWorker(),
        InfraMailModule,
      ],
      providers: [
        ...Object.values(PROCESSORS),
        MaintenanceScheduler,
        ...REMINDER_PROVIDERS,
        ...NOTIFICATION_PROVIDERS,
      ],
    };
  }
}
