import { type DynamicModule, Module } from '@nestjs/common';
import { type AppConfig, InfraConfigModule } from '@techpact/api/infra-config';
import { InfraDbModule } from '@techpact/api/infra-db';
import { InfraQueueModule } from '@techpact/api/infra-queue';
import { LoggerModule } from 'nestjs-pino';
import { type Logger as PinoLogger } from 'pino';
import { MaintenanceScheduler } from './maintenance/maintenance.scheduler';
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
      ],
      providers: [...Object.values(PROCESSORS), MaintenanceScheduler, ...REMINDER_PROVIDERS],
    };
  }
}
