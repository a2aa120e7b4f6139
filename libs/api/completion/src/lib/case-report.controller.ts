import {
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  StreamableFile,
} from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { Access, type AuthUser, CurrentUser } from '@techpact/api/auth';
import { type FollowUpRequestResponse } from '@techpact/contracts';
import { CaseReportService } from './case-report.service';

@ApiTags('completion')
@Controller('cases/:id')
export class CaseReportController {
  constructor(private readonly reports: CaseReportService) {}

  @Access('admin', 'coordinator', 'expert', 'sme')
  @Get('report.pdf')
  @ApiProduces('application/pdf')
  async report(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<StreamableFile> {
    const file = await this.reports.pdf(user, id);
    return new StreamableFile(file.content, {
      type: 'application/pdf',
      disposition: `attachment; filename="${file.filename}"`,
      length: file.content.length,
    });
  }

  @Access('admin', 'coordinator')
  @Post('follow-up-assessment')
  @HttpCode(200)
  followUp(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<FollowUpRequestResponse> {
    return this.reports.requestFollowUp(user, id);
  }
}
