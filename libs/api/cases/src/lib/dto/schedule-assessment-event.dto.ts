import { ApiProperty } from '@nestjs/swagger';
import { IsDefined, IsISO8601, IsUUID } from 'class-validator';
import { CaseEventDto } from './case-event.dto';

/** SCHEDULE_ASSESSMENT: the expert who runs the assessment, and when. */
export class ScheduleAssessmentEventDto extends CaseEventDto {
  @ApiProperty({ format: 'uuid', description: 'An active expert of the programme.' })
  @IsUUID('all', { message: '$property must be a UUID' })
  @IsDefined({ message: '$property is required' })
  expertId!: string;

  @ApiProperty({ example: '2026-12-01', description: 'ISO 8601 date (or date and time).' })
  @IsISO8601({ strict: true }, { message: '$property must be an ISO 8601 date, e.g. 2026-12-01' })
  @IsDefined({ message: '$property is required' })
  date!: string;
}
