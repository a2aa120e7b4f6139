import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access, type AuthUser, CurrentUser } from '@techpact/api/auth';
import { type CaseTimeEntriesResponse } from '@techpact/contracts';
import { CaseTimeEntriesService } from './case-time-entries.service';
import { CaseTimeEntriesQueryDto } from './dto/case-time-entries.query';

@ApiTags('time sheets')
@Controller('cases/:caseId/time-entries')
export class CaseTimeEntriesController {
  constructor(private readonly entries: CaseTimeEntriesService) {}

  /** A case's entries the caller may see, newest first, and its hours per person kind. */
  @Access('admin', 'coordinator', 'expert', 'sme')
  @Get()
  list(
    @CurrentUser() user: AuthUser,
    @Param('caseId', ParseUUIDPipe) caseId: string,
    @Query() query: CaseTimeEntriesQueryDto,
  ): Promise<CaseTimeEntriesResponse> {
    return this.entries.ofCase(user, caseId, query);
  }
}
