import { ApiProperty } from '@nestjs/swagger';
import { type DeclineRequest, type SignRequest } from '@techpact/contracts';
import { IsBoolean, IsString, Length, Matches } from 'class-validator';

export class SignDto implements SignRequest {
  @ApiProperty({ description: "The signer's typed full name.", maxLength: 200 })
  @IsString()
  @Length(2, 200, { message: 'fullName must be your full name (2–200 characters)' })
  fullName!: string;

  @ApiProperty({ description: 'The consent checkbox; must be true.' })
  @IsBoolean({ message: 'consent must be true or false' })
  consent!: boolean;

  @ApiProperty({ description: 'SHA-256 (hex) of the document shown.' })
  @IsString()
  @Matches(/^[0-9a-fA-F]{64}$/, { message: 'documentHash must be a SHA-256 in hex (64 digits)' })
  documentHash!: string;
}

export class DeclineDto implements DeclineRequest {
  @ApiProperty({ maxLength: 2000 })
  @IsString()
  @Length(1, 2000, { message: 'reason must say why you decline (1–2000 characters)' })
  reason!: string;
}
