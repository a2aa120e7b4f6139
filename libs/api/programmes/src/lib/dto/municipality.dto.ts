import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type CreateMunicipalityRequest,
  type UpdateMunicipalityRequest,
} from '@techpact/contracts';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';

export class CreateMunicipalityDto implements CreateMunicipalityRequest {
  @ApiProperty()
  @IsUUID()
  programmeId!: string;

  @ApiProperty()
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiPropertyOptional({ example: '820' })
  @IsOptional()
  @IsString()
  @Length(1, 20)
  code?: string;
}

export class UpdateMunicipalityDto implements UpdateMunicipalityRequest {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 20)
  code?: string;
}

export class ListMunicipalitiesQuery {
  @ApiPropertyOptional({ description: "Defaults to the caller's programme." })
  @IsOptional()
  @IsUUID()
  programmeId?: string;
}
