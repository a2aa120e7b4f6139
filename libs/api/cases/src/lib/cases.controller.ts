import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBody, ApiExtraModels, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { Access, type AuthUser, CurrentUser } from '@techpact/api/auth';
import {
  type CaseDetail,
  type CaseSummary,
  type CaseTimelineEntry,
  type Page,
} from '@techpact/contracts';
import { type CaseEventInput } from './case-command';
import { CaseEventPipe } from './case-event.pipe';
import { CasesService } from './cases.service';
import { CaseEventDto } from './dto/case-event.dto';
import { CreateCaseDto } from './dto/create-case.dto';
import { ListCasesQueryDto } from './dto/list-cases.query';
import { PauseEventDto } from './dto/pause-event.dto';
import { ReasonEventDto } from './dto/reason-event.dto';
import { ScheduleAssessmentEventDto } from './dto/schedule-assessment-event.dto';
import { SignEventDto } from './dto/sign-event.dto';
import { TimelineQueryDto } from './dto/timeline.query';

@ApiTags('cases')
@ApiExtraModels(
  CaseEventDto,
  ScheduleAssessmentEventDto,
  SignEventDto,
  ReasonEventDto,
  PauseEventDto,
)
@Controller('cases')
export class CasesController {
  constructor(private readonly cases: CasesService) {}

  @Access('admin', 'coordinator')
  @Post()
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateCaseDto): Promise<CaseDetail> {
    return this.cases.create(user, dto);
  }

  @Access('admin', 'coordinator', 'expert', 'sme')
  @Get()
  list(
    @CurrentUser() user: AuthUser,
    @Query() query: ListCasesQueryDto,
  ): Promise<Page<CaseSummary>> {
    return this.cases.list(user, query);
  }

  @Access('admin', 'coordinator', 'expert', 'sme')
  @Get(':id')
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<CaseDetail> {
    return this.cases.get(user, id);
  }

  @Access('admin', 'coordinator', 'expert', 'sme')
  @Get(':id/timeline')
  timeline(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: TimelineQueryDto,
  ): Promise<Page<CaseTimelineEntry>> {
    return this.cases.timeline(user, id, query);
  }

  @Access('admin', 'coordinator', 'expert', 'sme')
  @Post(':id/events')
  @HttpCode(200)
  @ApiBody({
    description:
      'One lifecycle event: `type`, its payload fields and optionally `expectedVersion`. Fields of other event types are refused.',
    schema: {
      oneOf: [
        CaseEventDto,
        ScheduleAssessmentEventDto,
        SignEventDto,
        ReasonEventDto,
        PauseEventDto,
      ].map((model) => ({ $ref: getSchemaPath(model) })),
    },
  })
  sendEvent(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body(CaseEventPipe) input: CaseEventInput,
  ): Promise<CaseDetail> {
    return this.cases.sendEvent(user, id, input);
  }
}
