import { Body, Controller, Get, HttpCode, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access, type AuthUser, CurrentUser } from '@techpact/api/auth';
import { type SubmitPeriodResponse, type TimeEntry, type TimesheetWeek } from '@techpact/contracts';
import {
  CopyLastWeekDto,
  SetGridCellDto,
  SubmitPeriodDto,
  WeekQueryDto,
} from './dto/timesheet.dto';
import { TimeEntriesService } from './time-entries.service';
import { TimesheetWeekService } from './timesheet-week.service';

@ApiTags('time sheets')
@Controller('timesheets')
export class TimesheetsController {
  constructor(
    private readonly weeks: TimesheetWeekService,
    private readonly entries: TimeEntriesService,
  ) {}

  @Access('admin', 'coordinator', 'expert', 'sme')
  @Get('week')
  week(@CurrentUser() user: AuthUser, @Query() query: WeekQueryDto): Promise<TimesheetWeek> {
    return this.weeks.week(user, query);
  }

  /** Sets one grid cell; responds with the cell's entry, or null once it is cleared. */
  @Access('admin', 'coordinator', 'expert', 'sme')
  @Put('cell')
  setCell(@CurrentUser() user: AuthUser, @Body() dto: SetGridCellDto): Promise<TimeEntry | null> {
    return this.entries.setCell(user, dto);
  }

  @Access('admin', 'coordinator', 'expert', 'sme')
  @Post('submit')
  @HttpCode(200)
  submit(
    @CurrentUser() user: AuthUser,
    @Body() dto: SubmitPeriodDto,
  ): Promise<SubmitPeriodResponse> {
    return this.weeks.submit(user, dto);
  }

  @Access('admin', 'coordinator', 'expert', 'sme')
  @Post('copy-last-week')
  @HttpCode(200)
  copyLastWeek(
    @CurrentUser() user: AuthUser,
    @Body() dto: CopyLastWeekDto,
  ): Promise<TimesheetWeek> {
    return this.weeks.week(user, dto, true);
  }
}
