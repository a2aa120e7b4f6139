import { ApiPropertyOptional } from '@nestjs/swagger';
import { LANGUAGES, type Language, type UpdateUserRequest } from '@techpact/contracts';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
} from 'class-validator';

export class UpdateUserDto implements UpdateUserRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ description: 'false deactivates the account and ends its sessions.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(200)
  municipalityIds?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 200)
  organisation?: string;

  @ApiPropertyOptional({ enum: LANGUAGES })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;
}
