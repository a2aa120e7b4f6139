import { PageQuery } from '@techpact/api/infra-http';
import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  COMPANY_SORT_FIELDS,
  type CompanySortField,
  type ListCompaniesQuery as ListCompaniesRequest,
  SIZE_BANDS,
  type SizeBand,
} from '@techpact/contracts';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

export class ListCompaniesQuery
  extends PageQuery({ defaultLimit: 50, maxLimit: 200 })
  implements ListCompaniesRequest
{
  @ApiPropertyOptional({ description: 'Matches name or registration number.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  municipalityId?: string;

  @ApiPropertyOptional({ description: 'NACE code prefix: 25 matches 25, 25.6 and 25.62.' })
  @IsOptional()
  @Matches(/^\d{1,2}(\.\d{0,2})?$/, {
    message: 'sector must be a NACE code (prefix) such as 25 or 25.6',
  })
  sector?: string;

  @ApiPropertyOptional({ enum: SIZE_BANDS })
  @IsOptional()
  @IsIn(SIZE_BANDS)
  size?: SizeBand;

  @ApiPropertyOptional({ example: 'DK' })
  @IsOptional()
  @Matches(/^[A-Za-z]{2}$/, { message: 'country must be a two-letter ISO code such as DK' })
  country?: string;

  @ApiPropertyOptional({ enum: COMPANY_SORT_FIELDS, default: 'name' })
  @IsOptional()
  @IsIn(COMPANY_SORT_FIELDS)
  sort: CompanySortField = 'name';

  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'asc' })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  order: 'asc' | 'desc' = 'asc';
}
