import { Module } from '@nestjs/common';
import { DashboardController } from './dashboard/dashboard.controller';
import { DashboardService } from './dashboard/dashboard.service';
import { FunderReportService } from './funder/funder-report.service';
import { ReportsController } from './funder/reports.controller';
import { CompanyPrivacyController } from './privacy/company-privacy.controller';
import { CompanyPrivacyService } from './privacy/company-privacy.service';
import { ProgrammeSettingsController } from './settings/programme-settings.controller';
import { ProgrammeSettingsService } from './settings/programme-settings.service';

/** The dashboard, the funder report, targets, retention and companies' personal data. */
@Module({
  controllers: [
    DashboardController,
    ReportsController,
    ProgrammeSettingsController,
    CompanyPrivacyController,
  ],
  providers: [
    DashboardService,
    FunderReportService,
    ProgrammeSettingsService,
    CompanyPrivacyService,
  ],
  exports: [DashboardService, FunderReportService, ProgrammeSettingsService],
})
export class ReportingModule {}
