import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type ApprovalsQuery,
  type DecideEntriesRequest,
  type LockMonthRequest,
  type UnlockMonthRequest,
} from '@techpact/contracts';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';

const MONTH = /^\d{4}-\d{2}$/;
const MONTH_MESSAGE = 'month must be written YYYY-MM, like 2026-11';

export class ApprovalsQueryDto implements ApprovalsQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'caseId must be the id of a case' })
  caseId?: string;

  @ApiPropertyOptional({ example: '2026-11' })
  @IsOptional()
  @Matches(MONTH, { message: MONTH_MESSAGE })
  month?: string;
}

export class DecideEntriesDto implements DecideEntriesRequest {
  @ApiProperty({ type: [String], format: 'uuid', maxItems: 2000 })
  @IsUUID('all', { each: true, message: 'each entryId must be the id of a time entry' })
  @ArrayMaxSize(2000, { message: 'decide at most 2,000 entries at once' })
  @ArrayMinSize(1, { message: 'entryIds must list at least one entry' })
  @IsArray({ message: 'entryIds must be a list of time entry ids' })
  entryIds!: string[];

  @ApiProperty({ enum: ['approve', 'reject'] })
  @IsIn(['approve', 'reject'], { message: 'decision must be approve or reject' })
  decision!: 'approve' | 'reject';

  @ApiPropertyOptional({ maxLength: 2000, description: 'Required to reject.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'reason must be at most 2,000 characters' })
  reason?: string;
}

export class LockMonthDto implements LockMonthRequest {
  @ApiProperty({ example: '2026-11' })
  @Matches(MONTH, { message: MONTH_MESSAGE })
  month!: string;
}

export class UnlockMonthDto implements UnlockMonthRequest {
  @ApiProperty({ maxLength: 2000 })
  @IsString({ message: 'reason must say why the month is opened again' })
  @MaxLength(2000, { message: 'reason must be at most 2,000 characters' })
  reason!: string;
}
