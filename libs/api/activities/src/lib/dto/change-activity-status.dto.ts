import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ACTIVITY_STATUSES,
  type ActivityStatus,
  type ChangeActivityStatusRequest,
} from '@techpact/contracts';
import { IsIn, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';

export class ChangeActivityStatusDto implements ChangeActivityStatusRequest {
  @ApiProperty({ enum: ACTIVITY_STATUSES })
  @IsIn(ACTIVITY_STATUSES, { message: `status must be one of ${ACTIVITY_STATUSES.join(', ')}` })
  status!: ActivityStatus;

  @ApiPropertyOptional({ maxLength: 2000, description: 'Required to cancel.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000, { message: 'reason must be at most 2,000 characters' })
  reason?: string;

  @ApiPropertyOptional({ maxLength: 5000, description: 'What came out of it (when done).' })
  @IsOptional()
  @IsString()
  @MaxLength(5000, { message: 'outcomeNotes must be at most 5,000 characters' })
  outcomeNotes?: string;

  @ApiPropertyOptional({ minimum: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  expectedRowVersion?: number;
}
