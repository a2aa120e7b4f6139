import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type SetSignersRequest } from '@techpact/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsUUID, ValidateNested } from 'class-validator';

/** One signer: a contact person of the company or an SME user of it (exactly one of the two). */
export class SignerRefDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'contactId must be the id of a contact person' })
  contactId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'userId must be the id of a user' })
  userId?: string;
}

export class SetSignersDto {
  @ApiProperty({ type: [SignerRefDto], maxItems: 10 })
  @IsArray()
  @ArrayMaxSize(10, { message: 'signers can name at most 10 people' })
  @ValidateNested({ each: true })
  @Type(() => SignerRefDto)
  signers!: SignerRefDto[];
}

/** The contract's union, once each entry is known to name exactly one person. */
export type SignerRefs = SetSignersRequest['signers'];
