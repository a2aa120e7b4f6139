import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type ReportingQuery } from '@techpact/contracts';
import { IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';

/** `?from=&to=&municipalityId=` of the dashboard (all optional). */
export class ReportingQueryDto implements ReportingQuery {
  @ApiPropertyOptional({ format: 'date', description: 'Period start (inclusive, programme time).' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'from must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true }, { message: 'from must be a valid date' })
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Period end (inclusive, programme time).' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'to must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true }, { message: 'to must be a valid date' })
  to?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'municipalityId must be a municipality id (UUID)' })
  municipalityId?: string;
}

/** The funder report is always for a period. */
export class FunderReportQueryDto implements ReportingQuery {
  @ApiProperty({ format: 'date' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'from must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true }, { message: 'from must be a valid date' })
  from!: string;

  @ApiProperty({ format: 'date' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'to must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true }, { message: 'to must be a valid date' })
  to!: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'municipalityId must be a municipality id (UUID)' })
  municipalityId?: string;
}
