import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import { ApiParam, ApiTags } from '@nestjs/swagger';
import { Access, type AuthUser, CurrentUser } from '@techpact/api/auth';
import {
  type AssessmentDimension,
  type AssessmentListItem,
  type AssessmentResponse,
  type CaseAssessmentsResponse,
  type Page,
} from '@techpact/contracts';
import { AssessmentDimensionsService } from './assessment-dimensions.service';
import { AssessmentKindPipe } from './assessment-kind.pipe';
import { AssessmentsService } from './assessments.service';
import { CreateDimensionDto, UpdateDimensionDto } from './dto/dimension.dto';
import { ListAssessmentsQueryDto } from './dto/list-assessments.query';
import { SaveAssessmentDto } from './dto/save-assessment.dto';

const KIND_PARAM = { name: 'kind', enum: ['t0', 't1'], description: 't0 baseline, t1 follow-up' };

@ApiTags('assessments')
@Controller()
export class AssessmentsController {
  constructor(
    private readonly assessments: AssessmentsService,
    private readonly dimensions: AssessmentDimensionsService,
  ) {}

  @Access('admin', 'coordinator', 'expert')
  @Get('assessments')
  list(
    @CurrentUser() user: AuthUser,
    @Query() query: ListAssessmentsQueryDto,
  ): Promise<Page<AssessmentListItem>> {
    return this.assessments.list(user, query);
  }

  @Access('admin', 'coordinator', 'expert')
  @Get('assessment-dimensions')
  listDimensions(@CurrentUser() user: AuthUser): Promise<AssessmentDimension[]> {
    return this.dimensions.list(user);
  }

  @Access('admin')
  @Post('assessment-dimensions')
  createDimension(
    @CurrentUser() user: AuthUser,
    @Body() dto: CreateDimensionDto,
  ): Promise<AssessmentDimension> {
    return this.dimensions.create(user, dto);
  }

  @Access('admin')
  @Patch('assessment-dimensions/:id')
  updateDimension(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateDimensionDto,
  ): Promise<AssessmentDimension> {
    return this.dimensions.update(user, id, dto);
  }

  @Access('admin', 'coordinator', 'expert')
  @Get('cases/:id/assessments')
  overview(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<CaseAssessmentsResponse> {
    return this.assessments.overview(user, id);
  }

  @Access('admin', 'coordinator', 'expert')
  @Get('cases/:id/assessments/:kind')
  @ApiParam(KIND_PARAM)
  get(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('kind', AssessmentKindPipe) kind: 'T0' | 'T1',
  ): Promise<AssessmentResponse> {
    return this.assessments.get(user, id, kind);
  }

  /** Saves the draft; only the assigned expert, while the case is in the assessment's state. */
  @Access('admin', 'coordinator', 'expert')
  @Put('cases/:id/assessments/:kind')
  @ApiParam(KIND_PARAM)
  save(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('kind', AssessmentKindPipe) kind: 'T0' | 'T1',
    @Body() dto: SaveAssessmentDto,
  ): Promise<AssessmentResponse> {
    return this.assessments.save(user, id, kind, dto);
  }

  /** Submits the follow-up (T0 is submitted with the lifecycle event SUBMIT_ASSESSMENT). */
  @Access('admin', 'coordinator', 'expert')
  @Post('cases/:id/assessments/t1/submit')
  @HttpCode(200)
  submitFollowUp(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<AssessmentResponse> {
    return this.assessments.submitFollowUp(user, id);
  }
}
