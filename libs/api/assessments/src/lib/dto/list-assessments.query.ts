import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ASSESSMENT_KINDS,
  type AssessmentKind,
  type AssessmentStatus,
  type ListAssessmentsQuery,
} from '@techpact/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

const STATUSES: readonly AssessmentStatus[] = ['notStarted', 'draft', 'submitted'];

export class ListAssessmentsQueryDto implements ListAssessmentsQuery {
  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn(STATUSES)
  status?: AssessmentStatus;

  @ApiPropertyOptional({ enum: ASSESSMENT_KINDS })
  @IsOptional()
  @IsIn(ASSESSMENT_KINDS)
  kind?: AssessmentKind;

  @ApiPropertyOptional({ default: 50, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit = 50;

  @ApiPropertyOptional({ default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  offset = 0;
}
