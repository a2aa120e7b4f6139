import { PageQuery } from '@techpact/api/infra-http';
import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ACTIVITY_MILESTONES,
  type ActivityMilestone,
  type CaseReportFilters,
  FUNNEL_STAGES,
  type FunnelStage,
  CASE_SORT_FIELDS,
  CASE_SORT_ORDERS,
  type CaseSortField,
  type CaseSortOrder,
  type ListCasesQuery,
} from '@techpact/contracts';
import { type CaseStateValue, CASE_STATE_VALUES } from '@techpact/lifecycle';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsISO8601,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';

/** `?state=a&state=b` and `?state=a,b` both give `['a', 'b']`. */
function toList({ value }: { value: unknown }): unknown {
  const values = Array.isArray(value) ? value : [value];
  return values.flatMap((item) =>
    typeof item === 'string' ? item.split(',').map((part) => part.trim()) : [item],
  );
}

/** `?flag=true` / `?flag=false`; anything else stays as given and fails `IsBoolean`. */
function toBoolean({ value }: { value: unknown }): unknown {
  if (value === 'true') return true;
  if (value === 'false') return false;
  return value;
}

export class ListCasesQueryDto
  extends PageQuery({ defaultLimit: 50, maxLimit: 200 })
  implements ListCasesQuery, CaseReportFilters
{
  @ApiPropertyOptional({
    enum: CASE_STATE_VALUES,
    isArray: true,
    description: 'One or more states (repeat the parameter or separate with commas).',
  })
  @IsOptional()
  @Transform(toList)
  @ArrayMaxSize(CASE_STATE_VALUES.length)
  @IsIn(CASE_STATE_VALUES, {
    each: true,
    message: `each value in state must be one of: ${CASE_STATE_VALUES.join(', ')}`,
  })
  state?: CaseStateValue[];

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  municipalityId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  coordinatorId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  expertId?: string;

  @ApiPropertyOptional({ description: 'Matches the company name or registration number.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  // The dashboard's links (see CaseReportFilters for the meaning of the period).
  @ApiPropertyOptional({ enum: FUNNEL_STAGES, isArray: true })
  @IsOptional()
  @Transform(toList)
  @ArrayMaxSize(FUNNEL_STAGES.length)
  @IsIn(FUNNEL_STAGES, {
    each: true,
    message: `each value in stage must be one of: ${FUNNEL_STAGES.join(', ')}`,
  })
  stage?: FunnelStage[];

  @ApiPropertyOptional({ format: 'date', description: 'Period start (inclusive).' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'from must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true }, { message: 'from must be a valid date' })
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Period end (inclusive).' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'to must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true }, { message: 'to must be a valid date' })
  to?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'agreementSigned must be true or false' })
  agreementSigned?: boolean;

  @ApiPropertyOptional({ enum: ACTIVITY_MILESTONES })
  @IsOptional()
  @IsIn(ACTIVITY_MILESTONES, {
    message: `activity must be one of: ${ACTIVITY_MILESTONES.join(', ')}`,
  })
  activity?: ActivityMilestone;

  @ApiPropertyOptional({ enum: ['expert', 'sme'] })
  @IsOptional()
  @IsIn(['expert', 'sme'], { message: 'hours must be expert or sme' })
  hours?: 'expert' | 'sme';

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'hasOutcomes must be true or false' })
  hasOutcomes?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'jobsCreated must be true or false' })
  jobsCreated?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'newProducts must be true or false' })
  newProducts?: boolean;

  @ApiPropertyOptional({ enum: CASE_SORT_FIELDS, default: 'updatedAt' })
  @IsOptional()
  @IsIn(CASE_SORT_FIELDS)
  sort: CaseSortField = 'updatedAt';

  @ApiPropertyOptional({ enum: CASE_SORT_ORDERS, default: 'desc' })
  @IsOptional()
  @IsIn(CASE_SORT_ORDERS)
  order: CaseSortOrder = 'desc';
}
