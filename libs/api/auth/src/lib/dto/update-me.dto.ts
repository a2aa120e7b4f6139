import { ApiPropertyOptional } from '@nestjs/swagger';
import { LANGUAGES, type Language, type UpdateMeRequest } from '@techpact/contracts';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';

export class UpdateMeDto implements UpdateMeRequest {
  @ApiPropertyOptional({ enum: LANGUAGES })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;
}
