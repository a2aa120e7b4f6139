import { ApiProperty } from '@nestjs/swagger';
import { CASE_REASON_MAX_LENGTH } from '@techpact/contracts';
import { IsDefined, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { CaseEventDto } from './case-event.dto';

/** DECLINE and WITHDRAW: a reason a person reads later in the timeline. */
export class ReasonEventDto extends CaseEventDto {
  @ApiProperty({ maxLength: CASE_REASON_MAX_LENGTH })
  @MaxLength(CASE_REASON_MAX_LENGTH, {
    message: `$property must be at most ${CASE_REASON_MAX_LENGTH} characters`,
  })
  @IsNotEmpty({ message: '$property must not be empty' })
  @IsString()
  @IsDefined({ message: '$property is required' })
  reason!: string;
}
