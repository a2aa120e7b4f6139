import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  type ListRemindersQuery,
  REMINDER_NOTIFICATION_KINDS,
  REMINDER_STATUSES,
  type ReminderStatus,
} from '@techpact/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsISO8601, IsOptional, IsUUID, Max, Min } from 'class-validator';

export class ListRemindersQueryDto implements ListRemindersQuery {
  @ApiPropertyOptional({ enum: REMINDER_STATUSES })
  @IsOptional()
  @IsIn(REMINDER_STATUSES, { message: `status must be one of ${REMINDER_STATUSES.join(', ')}.` })
  status?: ReminderStatus;

  @ApiPropertyOptional({ enum: REMINDER_NOTIFICATION_KINDS })
  @IsOptional()
  @IsIn(REMINDER_NOTIFICATION_KINDS, {
    message: `kind must be one of ${REMINDER_NOTIFICATION_KINDS.join(', ')}.`,
  })
  kind?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'caseId must be a case id (UUID).' })
  caseId?: string;

  @ApiPropertyOptional({ description: 'Due at or after (ISO 8601)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 date or time.' })
  from?: string;

  @ApiPropertyOptional({ description: 'Due before (ISO 8601)' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to must be an ISO 8601 date or time.' })
  to?: string;

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
  @Max(1_000_000)
  offset = 0;
}
