import { PageQuery } from '@techpact/api/infra-http';
import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ASSESSMENT_KINDS,
  type AssessmentKind,
  type AssessmentStatus,
  type ListAssessmentsQuery,
} from '@techpact/contracts';
import { IsIn, IsOptional } from 'class-validator';

const STATUSES: readonly AssessmentStatus[] = ['notStarted', 'draft', 'submitted'];

export class ListAssessmentsQueryDto
  extends PageQuery({ defaultLimit: 50, maxLimit: 200 })
  implements ListAssessmentsQuery
{
  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn(STATUSES)
  status?: AssessmentStatus;

  @ApiPropertyOptional({ enum: ASSESSMENT_KINDS })
  @IsOptional()
  @IsIn(ASSESSMENT_KINDS)
  kind?: AssessmentKind;
}
