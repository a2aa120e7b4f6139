import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  AGREEMENT_TEXT_MAX,
  AGREEMENT_TITLE_MAX,
  type UpdateDraftRequest,
} from '@techpact/contracts';
import { IsInt, IsString, Length, MaxLength, Min, ValidateIf } from 'class-validator';

const sent = (_: object, value: unknown) => value !== undefined;
const notNull = (_: object, value: unknown) => value !== null && value !== undefined;

export class UpdateDraftDto implements UpdateDraftRequest {
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
  summary?: string;

  @ApiPropertyOptional({ maxLength: AGREEMENT_TEXT_MAX })
  @ValidateIf(sent)
  @IsString()
  @MaxLength(AGREEMENT_TEXT_MAX)
  goals?: string;

  @ApiPropertyOptional({ nullable: true, maxLength: AGREEMENT_TEXT_MAX })
  @ValidateIf(notNull)
  @IsString()
  @MaxLength(AGREEMENT_TEXT_MAX)
  ndaClause?: string | null;

  @ApiPropertyOptional({ description: 'The rowVersion of the draft you edited; stale is refused.' })
  @ValidateIf(sent)
  @IsInt()
  @Min(0)
  expectedRowVersion?: number;
}
