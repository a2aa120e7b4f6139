import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access, type AuthUser, CurrentUser } from '@techpact/api/auth';
import { type Page, type ReminderItem } from '@techpact/contracts';
import { ListRemindersQueryDto } from './dto/list-reminders.query';
import { RemindersOverviewService } from './reminders-overview.service';

/** Upcoming and recent reminders: coordinators see their municipalities' cases, admins all. */
@ApiTags('reminders')
@Controller('reminders')
export class RemindersController {
  constructor(private readonly reminders: RemindersOverviewService) {}

  @Access('admin', 'coordinator')
  @Get()
  list(
    @CurrentUser() user: AuthUser,
    @Query() query: ListRemindersQueryDto,
  ): Promise<Page<ReminderItem>> {
    return this.reminders.list(user, query);
  }
}
