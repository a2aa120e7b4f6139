import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type CreateTimeEntryRequest, type UpdateTimeEntryRequest } from '@techpact/contracts';
import { IsNumber, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const HOURS_MESSAGE = 'hours must be a number of hours in quarter-hour steps, like 7.25';
const NOTE_MAX = 1000;

export class CreateTimeEntryDto implements CreateTimeEntryRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'activityId must be the id of an activity' })
  activityId!: string;

  @ApiProperty({ example: '2026-11-18' })
  @Matches(DATE_PATTERN, { message: 'date must be written YYYY-MM-DD' })
  date!: string;

  @ApiProperty({ example: 7.5, description: 'More than 0, in steps of 0.25.' })
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: HOURS_MESSAGE })
  hours!: number;

  @ApiPropertyOptional({ maxLength: NOTE_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(NOTE_MAX, { message: 'note must be at most 1,000 characters' })
  note?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Log for another person of your scope.' })
  @IsOptional()
  @IsUUID('all', { message: 'userId must be the id of a person' })
  userId?: string;
}

export class UpdateTimeEntryDto implements UpdateTimeEntryRequest {
  @ApiPropertyOptional({ example: 7.5 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: HOURS_MESSAGE })
  hours?: number;

  @ApiPropertyOptional({ maxLength: NOTE_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(NOTE_MAX, { message: 'note must be at most 1,000 characters' })
  note?: string;
}
