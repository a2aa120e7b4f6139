import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ASSESSMENT_MAX_SCORE,
  ASSESSMENT_MIN_SCORE,
  ASSESSMENT_NOTES_MAX,
  ASSESSMENT_SUMMARY_MAX,
  type AssessmentScoreInput,
  type SaveAssessmentRequest,
} from '@techpact/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

const SCORE_MESSAGE = `score must be a whole number from ${ASSESSMENT_MIN_SCORE} to ${ASSESSMENT_MAX_SCORE}, or null while not scored`;

export class AssessmentScoreDto implements AssessmentScoreInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'dimensionId must be the id of a dimension of this assessment' })
  dimensionId!: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 5, nullable: true })
  @IsOptional()
  @IsInt({ message: SCORE_MESSAGE })
  @Min(ASSESSMENT_MIN_SCORE, { message: SCORE_MESSAGE })
  @Max(ASSESSMENT_MAX_SCORE, { message: SCORE_MESSAGE })
  score?: number | null;

  @ApiPropertyOptional({ maxLength: ASSESSMENT_NOTES_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(ASSESSMENT_NOTES_MAX, {
    message: `notes must be at most ${ASSESSMENT_NOTES_MAX.toLocaleString('en')} characters`,
  })
  notes?: string;
}

export class SaveAssessmentDto implements SaveAssessmentRequest {
  @ApiPropertyOptional({ maxLength: ASSESSMENT_SUMMARY_MAX })
  @IsOptional()
  @IsString()
  @MaxLength(ASSESSMENT_SUMMARY_MAX, {
    message: `summary must be at most ${ASSESSMENT_SUMMARY_MAX.toLocaleString('en')} characters`,
  })
  summary?: string;

  @ApiProperty({ type: [AssessmentScoreDto] })
  // Validated bottom-up (stopAtFirstError): an array first, then its entries.
  @ValidateNested({ each: true })
  @Type(() => AssessmentScoreDto)
  @IsObject({
    each: true,
    message: 'each entry of scores must be an object { dimensionId, score, notes }',
  })
  @ArrayMaxSize(50)
  @IsArray({ message: 'scores must be an array of { dimensionId, score, notes }' })
  scores!: AssessmentScoreDto[];
}
