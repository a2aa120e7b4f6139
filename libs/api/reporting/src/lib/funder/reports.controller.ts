import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { Access, type AuthUser, CurrentUser } from '@techpact/api/auth';
import { type FunderReport } from '@techpact/contracts';
import { FunderReportQueryDto } from '../dto/reporting.query';
import { funderReportPdf } from './funder-report.pdf';
import { FunderReportService } from './funder-report.service';
import { funderReportXlsx } from './funder-report.xlsx';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function download(content: Buffer, type: string, report: FunderReport, ext: string) {
  return new StreamableFile(content, {
    type,
    disposition: `attachment; filename="funder-report-${report.query.from}-${report.query.to}.${ext}"`,
    length: content.length,
  });
}

@ApiTags('reporting')
@Controller('reports')
export class ReportsController {
  constructor(private readonly reports: FunderReportService) {}

  @Access('admin', 'coordinator')
  @Get('funder')
  funder(
    @CurrentUser() user: AuthUser,
    @Query() query: FunderReportQueryDto,
  ): Promise<FunderReport> {
    return this.reports.report(user, query);
  }

  @Access('admin', 'coordinator')
  @Get('funder.xlsx')
  @ApiProduces(XLSX)
  async funderXlsx(
    @CurrentUser() user: AuthUser,
    @Query() query: FunderReportQueryDto,
  ): Promise<StreamableFile> {
    const report = await this.reports.report(user, query);
    return download(await funderReportXlsx(report), XLSX, report, 'xlsx');
  }

  @Access('admin', 'coordinator')
  @Get('funder.pdf')
  @ApiProduces('application/pdf')
  async funderPdf(
    @CurrentUser() user: AuthUser,
    @Query() query: FunderReportQueryDto,
  ): Promise<StreamableFile> {
    const report = await this.reports.report(user, query);
    return download(await funderReportPdf(report), 'application/pdf', report, 'pdf');
  }
}
