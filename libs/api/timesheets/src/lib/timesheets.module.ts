import { Module } from '@nestjs/common';
import { CasesModule } from '@techpact/api/cases';
import { InfraMailModule } from '@techpact/api/infra-mail';
import { ApprovalsController } from './approvals.controller';
import { ApprovalsService } from './approvals.service';
import { CaseTimeEntriesController } from './case-time-entries.controller';
import { CaseTimeEntriesService } from './case-time-entries.service';
import { TimeEntriesController } from './time-entries.controller';
import { TimeEntriesService } from './time-entries.service';
import { TimeExportService } from './time-export.service';
import { TimeLocksService } from './time-locks.service';
import { TimesheetsController } from './timesheets.controller';
import { TimesheetsParticipant } from './timesheets.participant';
import { TimesheetWeekService } from './timesheet-week.service';

/** Time entries, the weekly grid, approval, locked months and the exports. */
@Module({
  imports: [CasesModule, InfraMailModule],
  controllers: [
    TimeEntriesController,
    TimesheetsController,
    ApprovalsController,
    CaseTimeEntriesController,
  ],
  providers: [
    TimeEntriesService,
    CaseTimeEntriesService,
    TimesheetWeekService,
    ApprovalsService,
    TimeLocksService,
    TimeExportService,
    TimesheetsParticipant,
  ],
  exports: [TimeEntriesService, TimeExportService],
})
export class TimesheetsModule {}
