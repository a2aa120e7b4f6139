import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export interface PageQueryLimits {
  /** The page size when none is asked for. */
  defaultLimit: number;
  maxLimit: number;
  maxOffset?: number;
}

/**
 * The `limit` and `offset` of a paged list, validated, for a query DTO to extend:
 * `class ListThingsQuery extends PageQuery({ defaultLimit: 50, maxLimit: 200 }) { … }`.
 */
export function PageQuery({ defaultLimit, maxLimit, maxOffset }: PageQueryLimits) {
  class PageQueryDto {
    @ApiPropertyOptional({ default: defaultLimit, maximum: maxLimit })
    @IsOptional()
    @Type(() => Number)
    @IsInt()
    @Min(1)
    @Max(maxLimit)
    limit = defaultLimit;

    @ApiPropertyOptional({ default: 0, maximum: maxOffset })
    @IsOptional()
    @Type(() => Number)
    @IsInt()
    @Min(0)
    @Max(maxOffset ?? Number.MAX_SAFE_INTEGER)
    offset = 0;
  }
  return PageQueryDto;
}
