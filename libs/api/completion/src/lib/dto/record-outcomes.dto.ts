import { ApiProperty } from '@nestjs/swagger';
import {
  OUTCOME_COUNT_MAX,
  OUTCOME_INVESTMENT_MAX,
  OUTCOME_SUMMARY_MAX,
  type RecordOutcomesRequest,
  TURNOVER_EFFECT_BANDS,
  type TurnoverEffectBand,
} from '@techpact/contracts';
import { IsIn, IsInt, IsString, Max, MaxLength, Min } from 'class-validator';

const count = (what: string) => `${what} must be a whole number from 0 to ${OUTCOME_COUNT_MAX}`;

export class RecordOutcomesDto implements RecordOutcomesRequest {
  @ApiProperty({ minimum: 0, maximum: OUTCOME_COUNT_MAX })
  @IsInt({ message: count('jobsCreated') })
  @Min(0, { message: count('jobsCreated') })
  @Max(OUTCOME_COUNT_MAX, { message: count('jobsCreated') })
  jobsCreated!: number;

  @ApiProperty({ minimum: 0, maximum: OUTCOME_COUNT_MAX })
  @IsInt({ message: count('newProducts') })
  @Min(0, { message: count('newProducts') })
  @Max(OUTCOME_COUNT_MAX, { message: count('newProducts') })
  newProducts!: number;

  @ApiProperty({ minimum: 0, maximum: OUTCOME_COUNT_MAX })
  @IsInt({ message: count('newProcesses') })
  @Min(0, { message: count('newProcesses') })
  @Max(OUTCOME_COUNT_MAX, { message: count('newProcesses') })
  newProcesses!: number;

  @ApiProperty({ minimum: 0, maximum: OUTCOME_INVESTMENT_MAX, description: 'Whole DKK' })
  @IsInt({ message: 'privateInvestmentDkk must be a whole number of DKK' })
  @Min(0, { message: 'privateInvestmentDkk cannot be negative' })
  @Max(OUTCOME_INVESTMENT_MAX, {
    message: `privateInvestmentDkk must be at most ${OUTCOME_INVESTMENT_MAX}`,
  })
  privateInvestmentDkk!: number;

  @ApiProperty({ enum: TURNOVER_EFFECT_BANDS })
  @IsIn(TURNOVER_EFFECT_BANDS, {
    message: `turnoverEffect must be one of ${TURNOVER_EFFECT_BANDS.join(', ')}`,
  })
  turnoverEffect!: TurnoverEffectBand;

  @ApiProperty({ maxLength: OUTCOME_SUMMARY_MAX })
  @IsString()
  @MaxLength(OUTCOME_SUMMARY_MAX, {
    message: `closingSummary must be at most ${OUTCOME_SUMMARY_MAX} characters`,
  })
  closingSummary!: string;
}
