import { Module } from '@nestjs/common';
import { QueueAdminService } from './queue-admin.service';
import { QueuesAdminController } from './queues-admin.controller';
import { RemindersController } from './reminders.controller';
import { RemindersOverviewService } from './reminders-overview.service';

/** The reminders overview (`/api/reminders`) and the queues' health (`/api/admin/queues`). */
@Module({
  controllers: [RemindersController, QueuesAdminController],
  providers: [RemindersOverviewService, QueueAdminService],
})
export class RemindersModule {}
