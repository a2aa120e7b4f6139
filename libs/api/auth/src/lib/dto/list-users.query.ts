import { PageQuery } from '@techpact/api/infra-http';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, type Role } from '@techpact/contracts';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';

export class ListUsersQuery extends PageQuery({ defaultLimit: 50, maxLimit: 200 }) {
  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ description: 'Matches name or e-mail.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}
