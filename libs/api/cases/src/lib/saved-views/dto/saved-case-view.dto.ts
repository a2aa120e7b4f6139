import { ApiProperty } from '@nestjs/swagger';
import {
  type CreateSavedCaseViewRequest,
  type RenameSavedCaseViewRequest,
  SAVED_CASE_VIEW_NAME_MAX,
  SAVED_CASE_VIEW_QUERY_KEYS,
  type SavedCaseViewQuery,
} from '@techpact/contracts';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsObject, IsString, MaxLength } from 'class-validator';

const trim = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;

export class RenameSavedCaseViewDto implements RenameSavedCaseViewRequest {
  @ApiProperty({ minLength: 1, maxLength: SAVED_CASE_VIEW_NAME_MAX })
  @Transform(trim)
  @IsString({ message: 'name must be text' })
  @IsNotEmpty({ message: 'name must not be empty' })
  @MaxLength(SAVED_CASE_VIEW_NAME_MAX, {
    message: `name must be at most ${SAVED_CASE_VIEW_NAME_MAX} characters`,
  })
  name!: string;
}

export class CreateSavedCaseViewDto
  extends RenameSavedCaseViewDto
  implements CreateSavedCaseViewRequest
{
  // Checked key by key against the case list's own validation (see `parseSavedViewQuery`).
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: `Case-list parameters as GET /api/cases takes them; allowed keys: ${SAVED_CASE_VIEW_QUERY_KEYS.join(', ')}.`,
  })
  @IsObject({ message: 'query must be an object of case-list filters' })
  query!: SavedCaseViewQuery;
}
