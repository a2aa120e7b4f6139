import { ApiProperty } from '@nestjs/swagger';
import {
  type AcceptInvitationRequest,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
} from '@techpact/contracts';
import { IsString, Length } from 'class-validator';

export class AcceptInvitationDto implements AcceptInvitationRequest {
  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH })
  @IsString()
  @Length(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH, {
    message: `password must be ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters long`,
  })
  password!: string;
}
