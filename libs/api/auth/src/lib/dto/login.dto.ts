import { ApiProperty } from '@nestjs/swagger';
import { type LoginRequest } from '@techpact/contracts';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'coordinator@demo.techpact.dk' })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'techpact-demo' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password!: string;
}
