import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access, type AuthUser, CurrentUser } from '@techpact/api/auth';
import { type DashboardResponse } from '@techpact/contracts';
import { ReportingQueryDto } from '../dto/reporting.query';
import { DashboardService } from './dashboard.service';

@ApiTags('reporting')
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Access('admin', 'coordinator')
  @Get()
  get(
    @CurrentUser() user: AuthUser,
    @Query() query: ReportingQueryDto,
  ): Promise<DashboardResponse> {
    return this.dashboard.dashboard(user, query);
  }
}
