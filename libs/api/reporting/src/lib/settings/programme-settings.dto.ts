import { ApiProperty } from '@nestjs/swagger';
import { type ProgrammeTargets } from '@techpact/contracts';
import { IsInt, Max, Min, ValidateIf } from 'class-validator';
import { RETENTION_YEARS } from './programme-targets';

const TARGET_MAX = 1_000_000;
const target = (name: string) => `${name} must be a whole number from 0 to ${TARGET_MAX}, or null`;

/** Every target, null for none (a PUT replaces them all). */
export class ProgrammeTargetsDto implements ProgrammeTargets {
  @ApiProperty({ type: Number, nullable: true, minimum: 0 })
  @ValidateIf((_, v) => v !== null)
  @IsInt({ message: target('agreements') })
  @Min(0, { message: target('agreements') })
  @Max(TARGET_MAX, { message: target('agreements') })
  agreements!: number | null;

  @ApiProperty({ type: Number, nullable: true, minimum: 0 })
  @ValidateIf((_, v) => v !== null)
  @IsInt({ message: target('activities') })
  @Min(0, { message: target('activities') })
  @Max(TARGET_MAX, { message: target('activities') })
  activities!: number | null;

  @ApiProperty({ type: Number, nullable: true, minimum: 0 })
  @ValidateIf((_, v) => v !== null)
  @IsInt({ message: target('jobs') })
  @Min(0, { message: target('jobs') })
  @Max(TARGET_MAX, { message: target('jobs') })
  jobs!: number | null;

  @ApiProperty({ type: Number, nullable: true, minimum: 0 })
  @ValidateIf((_, v) => v !== null)
  @IsInt({ message: target('companiesWithNewProducts') })
  @Min(0, { message: target('companiesWithNewProducts') })
  @Max(TARGET_MAX, { message: target('companiesWithNewProducts') })
  companiesWithNewProducts!: number | null;

  @ApiProperty({ type: Number, nullable: true, minimum: 0 })
  @ValidateIf((_, v) => v !== null)
  @IsInt({ message: target('expertHours') })
  @Min(0, { message: target('expertHours') })
  @Max(TARGET_MAX, { message: target('expertHours') })
  expertHours!: number | null;

  @ApiProperty({ type: Number, nullable: true, minimum: 0 })
  @ValidateIf((_, v) => v !== null)
  @IsInt({ message: target('smeHours') })
  @Min(0, { message: target('smeHours') })
  @Max(TARGET_MAX, { message: target('smeHours') })
  smeHours!: number | null;
}

const YEARS = `years must be a whole number from ${RETENTION_YEARS.min} to ${RETENTION_YEARS.max}`;
const PAYMENT = 'lastPaymentYear must be a year from 2000 to 2100, or null';

export class RetentionSettingsDto {
  @ApiProperty({ minimum: RETENTION_YEARS.min, maximum: RETENTION_YEARS.max })
  @IsInt({ message: YEARS })
  @Min(RETENTION_YEARS.min, { message: YEARS })
  @Max(RETENTION_YEARS.max, { message: YEARS })
  years!: number;

  @ApiProperty({ type: Number, nullable: true })
  @ValidateIf((_, v) => v !== null)
  @IsInt({ message: PAYMENT })
  @Min(2000, { message: PAYMENT })
  @Max(2100, { message: PAYMENT })
  lastPaymentYear!: number | null;
}
