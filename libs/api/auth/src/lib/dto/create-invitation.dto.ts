import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type CreateInvitationRequest,
  LANGUAGES,
  type Language,
  ROLES,
  type Role,
} from '@techpact/contracts';
import {
  ArrayMaxSize,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
} from 'class-validator';

export class CreateInvitationDto implements CreateInvitationRequest {
  @ApiProperty()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty()
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: Role;

  @ApiPropertyOptional({ enum: LANGUAGES })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;

  @ApiPropertyOptional({
    type: [String],
    description: 'Coordinators: the municipalities they serve.',
  })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(200)
  municipalityIds?: string[];

  @ApiPropertyOptional({ description: 'SME users: their company.' })
  @IsOptional()
  @IsUUID()
  companyId?: string;

  @ApiPropertyOptional({ description: 'Experts: their organisation.' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  organisation?: string;
}
