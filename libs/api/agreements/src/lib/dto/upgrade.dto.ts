import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  AGREEMENT_TEXT_MAX,
  AGREEMENT_TITLE_MAX,
  type CreateUpgradeRequest,
  UPGRADE_MAX_PLANNED_HOURS,
  type UpdateUpgradeRequest,
} from '@techpact/contracts';
import {
  IsInt,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';

const HOURS_MESSAGE = `plannedHours must be a number of hours above 0 and at most ${UPGRADE_MAX_PLANNED_HOURS}, with at most two decimals`;
const DATE_MESSAGE = 'targetDate must be a date as YYYY-MM-DD';
const sent = (_: object, value: unknown) => value !== undefined;
const notNull = (_: object, value: unknown) => value !== null && value !== undefined;

export class CreateUpgradeDto implements CreateUpgradeRequest {
  @ApiProperty({ maxLength: AGREEMENT_TITLE_MAX })
  @IsString()
  @Length(1, AGREEMENT_TITLE_MAX, {
    message: `title must have 1–${AGREEMENT_TITLE_MAX} characters`,
  })
  title!: string;

  @ApiPropertyOptional({ maxLength: AGREEMENT_TEXT_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(AGREEMENT_TEXT_MAX)
  description?: string;

  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  category?: string;

  @ApiPropertyOptional({ nullable: true, format: 'uuid' })
  @ValidateIf(notNull)
  @IsUUID('all', { message: 'expertId must be the id of an expert' })
  expertId?: string | null;

  @ApiPropertyOptional({ nullable: true, maximum: UPGRADE_MAX_PLANNED_HOURS })
  @ValidateIf(notNull)
  @IsNumber(
    { maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false },
    { message: HOURS_MESSAGE },
  )
  @Min(0.01, { message: HOURS_MESSAGE })
  @Max(UPGRADE_MAX_PLANNED_HOURS, { message: HOURS_MESSAGE })
  plannedHours?: number | null;

  @ApiPropertyOptional({ nullable: true, example: '2026-09-30' })
  @ValidateIf(notNull)
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: DATE_MESSAGE })
  @IsISO8601({ strict: true }, { message: DATE_MESSAGE })
  targetDate?: string | null;
}

export class UpdateUpgradeDto implements UpdateUpgradeRequest {
  @ApiPropertyOptional({ maxLength: AGREEMENT_TITLE_MAX })
  @ValidateIf(sent)
  @IsString()
  @Length(1, AGREEMENT_TITLE_MAX, {
    message: `title must have 1–${AGREEMENT_TITLE_MAX} characters`,
  })
  title?: string;

  @ApiPropertyOptional({ maxLength: AGREEMENT_TEXT_MAX })
  @ValidateIf(sent)
  @IsString()
  @MaxLength(AGREEMENT_TEXT_MAX)
  description?: string;

  @ApiPropertyOptional({ maxLength: 100 })
  @ValidateIf(sent)
  @IsString()
  @MaxLength(100)
  category?: string;

  @ApiPropertyOptional({ nullable: true, format: 'uuid' })
  @ValidateIf(notNull)
  @IsUUID('all', { message: 'expertId must be the id of an expert' })
  expertId?: string | null;

  @ApiPropertyOptional({ nullable: true, maximum: UPGRADE_MAX_PLANNED_HOURS })
  @ValidateIf(notNull)
  @IsNumber(
    { maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false },
    { message: HOURS_MESSAGE },
  )
  @Min(0.01, { message: HOURS_MESSAGE })
  @Max(UPGRADE_MAX_PLANNED_HOURS, { message: HOURS_MESSAGE })
  plannedHours?: number | null;

  @ApiPropertyOptional({ nullable: true, example: '2026-09-30' })
  @ValidateIf(notNull)
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: DATE_MESSAGE })
  @IsISO8601({ strict: true }, { message: DATE_MESSAGE })
  targetDate?: string | null;

  @ApiPropertyOptional({ minimum: 0, description: 'Move the upgrade to this place (0 = first).' })
  @ValidateIf(sent)
  @IsInt({ message: 'position must be a whole number from 0' })
  @Min(0, { message: 'position must be a whole number from 0' })
  @Max(1000)
  position?: number;
}
