import { Body, Controller, Get, Param, ParseUUIDPipe, Patch } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access, type AuthUser, CurrentUser } from '@techpact/api/auth';
import { type Activity } from '@techpact/contracts';
import { ActivitiesService } from './activities.service';
import { ChangeActivityStatusDto } from './dto/change-activity-status.dto';

@ApiTags('activities')
@Controller()
export class ActivitiesController {
  constructor(private readonly activities: ActivitiesService) {}

  @Access('admin', 'coordinator', 'expert', 'sme')
  @Get('cases/:caseId/activities')
  ofCase(
    @CurrentUser() user: AuthUser,
    @Param('caseId', ParseUUIDPipe) caseId: string,
  ): Promise<Activity[]> {
    return this.activities.ofCase(user, caseId);
  }

  /** The signed-in expert's activities across cases, open ones first. */
  @Access('expert')
  @Get('activities/mine')
  mine(@CurrentUser() user: AuthUser): Promise<Activity[]> {
    return this.activities.mine(user);
  }

  @Access('admin', 'coordinator', 'expert', 'sme')
  @Get('activities/:id')
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<Activity> {
    return this.activities.get(user, id);
  }

  @Access('admin', 'coordinator', 'expert')
  @Patch('activities/:id/status')
  changeStatus(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ChangeActivityStatusDto,
  ): Promise<Activity> {
    return this.activities.changeStatus(user, id, dto);
  }
}
