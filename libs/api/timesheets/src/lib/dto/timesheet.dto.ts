import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type CopyLastWeekRequest,
  type SetGridCellRequest,
  type SubmitPeriodRequest,
} from '@techpact/contracts';
import { IsNumber, IsOptional, IsUUID, Matches } from 'class-validator';
import { DATE_PATTERN } from './time-entry.dto';

const WEEK = /^\d{4}-W\d{2}$/;
const USER_MESSAGE = 'userId must be the id of a person';

export class SetGridCellDto implements SetGridCellRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'activityId must be the id of an activity' })
  activityId!: string;

  @ApiProperty({ example: '2026-11-18' })
  @Matches(DATE_PATTERN, { message: 'date must be written YYYY-MM-DD' })
  date!: string;

  @ApiProperty({ example: 7.5, description: '0 removes the cell.' })
  @IsNumber(
    { allowNaN: false, allowInfinity: false },
    { message: 'hours must be a number of hours in quarter-hour steps (0 clears the cell)' },
  )
  hours!: number;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: USER_MESSAGE })
  userId?: string;
}

export class WeekQueryDto {
  @ApiProperty({ example: '2026-W47' })
  @Matches(WEEK, { message: 'week must be an ISO week like 2026-W47' })
  week!: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: USER_MESSAGE })
  userId?: string;
}

export class CopyLastWeekDto extends WeekQueryDto implements CopyLastWeekRequest {}

export class SubmitPeriodDto implements SubmitPeriodRequest {
  @ApiProperty({ example: '2026-W47', description: 'A week (2026-W47) or a month (2026-11).' })
  @Matches(/^\d{4}-(W\d{2}|\d{2})$/, {
    message: 'period must be a week like 2026-W47 or a month like 2026-11',
  })
  period!: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: USER_MESSAGE })
  userId?: string;
}
