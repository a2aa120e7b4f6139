import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type CreateContactRequest, type UpdateContactRequest } from '@techpact/contracts';
import {
  IsEmail,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';

const PHONE = /^[+()\d][\d\s()+\-./]{2,39}$/;
const PHONE_MESSAGE = 'phone must be a telephone number such as +45 12 34 56 78';
const sent = (_: object, value: unknown) => value !== undefined;

export class CreateContactDto implements CreateContactRequest {
  @ApiProperty({ example: 'Karen Holm' })
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiPropertyOptional({ example: 'Production manager', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  role?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Matches(PHONE, { message: PHONE_MESSAGE })
  phone?: string | null;
}

export class UpdateContactDto implements UpdateContactRequest {
  @ApiPropertyOptional()
  @ValidateIf(sent)
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  role?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Matches(PHONE, { message: PHONE_MESSAGE })
  phone?: string | null;
}
