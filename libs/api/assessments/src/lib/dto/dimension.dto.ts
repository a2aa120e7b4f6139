import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type CreateAssessmentDimensionRequest,
  type UpdateAssessmentDimensionRequest,
} from '@techpact/contracts';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';

const LEVELS_MESSAGE = 'levels must list six descriptors, for levels 0 to 5';
const sent = (_: object, value: unknown) => value !== undefined;

export class CreateDimensionDto implements CreateAssessmentDimensionRequest {
  @ApiProperty({ example: 'Digital readiness' })
  @IsString()
  @Length(1, 120)
  name!: string;

  @ApiPropertyOptional({ example: 'digital-readiness', description: 'Default: from the name.' })
  @IsOptional()
  @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    message: 'key must be lower-case words joined by hyphens, e.g. digital-readiness',
  })
  @MaxLength(80)
  key?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @ApiProperty({ type: [String], minItems: 6, maxItems: 6 })
  @IsArray({ message: LEVELS_MESSAGE })
  @ArrayMinSize(6, { message: LEVELS_MESSAGE })
  @ArrayMaxSize(6, { message: LEVELS_MESSAGE })
  @IsString({ each: true })
  @Length(1, 500, { each: true, message: 'each level descriptor must have 1–500 characters' })
  levels!: string[];

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 100, { each: true, message: 'each upgrade category must have 1–100 characters' })
  upgradeCategories?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000)
  position?: number;
}

export class UpdateDimensionDto implements UpdateAssessmentDimensionRequest {
  @ApiPropertyOptional()
  @ValidateIf(sent)
  @IsString()
  @Length(1, 120)
  name?: string;

  @ApiPropertyOptional()
  @ValidateIf(sent)
  @IsString()
  @MaxLength(2000)
  description?: string;

  @ApiPropertyOptional({ type: [String], minItems: 6, maxItems: 6 })
  @ValidateIf(sent)
  @IsArray({ message: LEVELS_MESSAGE })
  @ArrayMinSize(6, { message: LEVELS_MESSAGE })
  @ArrayMaxSize(6, { message: LEVELS_MESSAGE })
  @IsString({ each: true })
  @Length(1, 500, { each: true, message: 'each level descriptor must have 1–500 characters' })
  levels?: string[];

  @ApiPropertyOptional({ type: [String] })
  @ValidateIf(sent)
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 100, { each: true, message: 'each upgrade category must have 1–100 characters' })
  upgradeCategories?: string[];

  @ApiPropertyOptional()
  @ValidateIf(sent)
  @IsInt()
  @Min(0)
  @Max(1000)
  position?: number;

  @ApiPropertyOptional({ description: 'Inactive dimensions are left out of new assessments.' })
  @ValidateIf(sent)
  @IsBoolean()
  active?: boolean;
}
