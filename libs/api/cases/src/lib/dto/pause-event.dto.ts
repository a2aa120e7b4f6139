import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional } from 'class-validator';
import { ReasonEventDto } from './reason-event.dto';

/** PAUSE: a reason, and optionally the date to check in again. */
export class PauseEventDto extends ReasonEventDto {
  @ApiPropertyOptional({ example: '2027-01-15', description: 'ISO 8601 date of the check-in.' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: '$property must be an ISO 8601 date, e.g. 2027-01-15' })
  until?: string;
}
