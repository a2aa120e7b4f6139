import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type CaseEventType, CASE_EVENT_TYPES } from '@techpact/lifecycle';
import { IsDefined, IsIn, IsInt, IsOptional, Min } from 'class-validator';

/**
 * An event without payload (START_ASSESSMENT, RESUME, …) and the base of the others. The body is
 * validated against the class of its `type` (see `CaseEventPipe`), so fields of other event types
 * are refused as unknown.
 */
export class CaseEventDto {
  @ApiProperty({ enum: CASE_EVENT_TYPES })
  @IsIn(CASE_EVENT_TYPES)
  @IsDefined({ message: '$property is required' })
  type!: CaseEventType;

  @ApiPropertyOptional({
    description:
      'The case version the caller saw; when the case has moved on, 409 and nothing changes.',
    minimum: 0,
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  expectedVersion?: number;
}
