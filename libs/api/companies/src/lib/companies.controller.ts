import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access, type AuthUser, CurrentUser } from '@techpact/api/auth';
import { type CompanySummary, type Page } from '@techpact/contracts';
import { CompaniesService } from './companies.service';
import { ListCompaniesQuery } from './dto/list-companies.query';

@ApiTags('companies')
@Controller('companies')
export class CompaniesController {
  constructor(private readonly companies: CompaniesService) {}

  @Access('admin', 'coordinator', 'sme')
  @Get()
  list(
    @CurrentUser() user: AuthUser,
    @Query() query: ListCompaniesQuery,
  ): Promise<Page<CompanySummary>> {
    return this.companies.list(user, query);
  }

  @Access('admin', 'coordinator', 'expert', 'sme')
  @Get(':id')
  get(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<CompanySummary> {
    return this.companies.get(user, id);
  }
}
