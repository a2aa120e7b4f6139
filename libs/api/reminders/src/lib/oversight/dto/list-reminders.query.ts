import { PageQuery } from '@techpact/api/infra-http';
import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  type ListRemindersQuery,
  REMINDER_NOTIFICATION_KINDS,
  REMINDER_STATUSES,
  type ReminderStatus,
} from '@techpact/contracts';
import { IsIn, IsISO8601, IsOptional, IsUUID } from 'class-validator';

export class ListRemindersQueryDto
  extends PageQuery({ defaultLimit: 50, maxLimit: 200, maxOffset: 1_000_000 })
  implements ListRemindersQuery
{
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
}
