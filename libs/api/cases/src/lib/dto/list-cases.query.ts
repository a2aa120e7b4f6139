import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  CASE_SORT_FIELDS,
  CASE_SORT_ORDERS,
  type CaseSortField,
  type CaseSortOrder,
  type ListCasesQuery,
} from '@techpact/contracts';
import { type CaseStateValue, CASE_STATE_VALUES } from '@techpact/lifecycle';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

/** `?state=a&state=b` and `?state=a,b` both give `['a', 'b']`. */
function toList({ value }: { value: unknown }): unknown {
  const values = Array.isArray(value) ? value : [value];
  return values.flatMap((item) =>
    typeof item === 'string' ? item.split(',').map((part) => part.trim()) : [item],
  );
}

export class ListCasesQueryDto implements ListCasesQuery {
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

  @ApiPropertyOptional({ enum: CASE_SORT_FIELDS, default: 'updatedAt' })
  @IsOptional()
  @IsIn(CASE_SORT_FIELDS)
  sort: CaseSortField = 'updatedAt';

  @ApiPropertyOptional({ enum: CASE_SORT_ORDERS, default: 'desc' })
  @IsOptional()
  @IsIn(CASE_SORT_ORDERS)
  order: CaseSortOrder = 'desc';

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
