import { ApiProperty } from '@nestjs/swagger';
import { IsDefined, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { CaseEventDto } from './case-event.dto';

/** SIGN: the SHA-256 of the document the signer saw. */
export class SignEventDto extends CaseEventDto {
  @ApiProperty({ description: 'SHA-256 of the agreement version the signer saw.' })
  @MaxLength(200)
  @IsNotEmpty({ message: '$property must not be empty' })
  @IsString()
  @IsDefined({ message: '$property is required' })
  versionHash!: string;
}
