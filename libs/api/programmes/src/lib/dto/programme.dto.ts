import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { type CreateProgrammeRequest } from '@techpact/contracts';
import { IsISO8601, IsOptional, IsString, IsTimeZone, Length, Matches } from 'class-validator';

export class CreateProgrammeDto implements CreateProgrammeRequest {
  @ApiProperty()
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 200)
  funder?: string;

  @ApiPropertyOptional({ example: '2026-01-01' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'startsOn must be a date (YYYY-MM-DD)' })
  startsOn?: string;

  @ApiPropertyOptional({ example: '2028-12-31' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'endsOn must be a date (YYYY-MM-DD)' })
  endsOn?: string;

  @ApiPropertyOptional({ example: 'Europe/Copenhagen' })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string;

  @ApiPropertyOptional({
    example: 'DK',
    description: 'ISO 3166-1 alpha-2; used for public holidays.',
  })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'country must be a two-letter country code such as DK' })
  country?: string;
}

export class UpdateProgrammeDto extends PartialType(CreateProgrammeDto) {}
