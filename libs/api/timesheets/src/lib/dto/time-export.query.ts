import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  TIME_ENTRY_STATUSES,
  type TimeEntryStatus,
  type TimeExportQuery,
} from '@techpact/contracts';
import { IsIn, IsOptional, IsUUID, Matches } from 'class-validator';
import { DATE_PATTERN } from './time-entry.dto';

export class TimeExportQueryDto implements TimeExportQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'municipalityId must be the id of a municipality' })
  municipalityId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'caseId must be the id of a case' })
  caseId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'userId must be the id of a person' })
  userId?: string;

  @ApiPropertyOptional({ example: '2026-11-01', description: 'Inclusive.' })
  @IsOptional()
  @Matches(DATE_PATTERN, { message: 'from must be a date written YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-11-30', description: 'Inclusive.' })
  @IsOptional()
  @Matches(DATE_PATTERN, { message: 'to must be a date written YYYY-MM-DD' })
  to?: string;

  @ApiPropertyOptional({ enum: TIME_ENTRY_STATUSES })
  @IsOptional()
  @IsIn(TIME_ENTRY_STATUSES, { message: `status must be one of ${TIME_ENTRY_STATUSES.join(', ')}` })
  status?: TimeEntryStatus;
}
