import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type CompanyAddress,
  type CreateCompanyRequest,
  TURNOVER_BANDS,
  type TurnoverBand,
  type UpdateCompanyRequest,
} from '@techpact/contracts';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { NACE_CODE_PATTERN } from '../nace';

export class CompanyAddressDto implements Partial<CompanyAddress> {
  @ApiPropertyOptional({ example: 'Industrivej 12' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  line?: string | null;

  @ApiPropertyOptional({ example: '9640' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  postalCode?: string | null;

  @ApiPropertyOptional({ example: 'Farsø' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  city?: string | null;
}

const COUNTRY = /^[A-Za-z]{2}$/;
const COUNTRY_MESSAGE = 'country must be a two-letter ISO code such as DK';
const NACE_MESSAGE = 'sectorCode must be a NACE code such as 25, 25.6 or 25.62';

/** Only when the field is sent: a required field may be left out of a PATCH but not be null. */
const sent = (_: object, value: unknown) => value !== undefined;

export class CreateCompanyDto implements CreateCompanyRequest {
  @ApiProperty({ example: 'Farsø Stål & Maskin ApS' })
  @IsString()
  @Length(1, 300)
  name!: string;

  @ApiProperty({ example: '10150817', description: 'DK: a CVR number (8 digits, mod-11).' })
  @IsString()
  @Length(1, 60)
  registrationNumber!: string;

  @ApiPropertyOptional({ example: 'DK', default: 'DK' })
  @IsOptional()
  @Matches(COUNTRY, { message: COUNTRY_MESSAGE })
  country?: string;

  @ApiProperty()
  @IsUUID()
  municipalityId!: string;

  @ApiPropertyOptional({ minimum: 0, nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  employees?: number | null;

  @ApiPropertyOptional({ example: '25.62', nullable: true })
  @IsOptional()
  @Matches(NACE_CODE_PATTERN, { message: NACE_MESSAGE })
  sectorCode?: string | null;

  @ApiPropertyOptional({ enum: TURNOVER_BANDS, nullable: true })
  @IsOptional()
  @IsIn(TURNOVER_BANDS)
  turnoverBand?: TurnoverBand | null;

  @ApiPropertyOptional({ type: CompanyAddressDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => CompanyAddressDto)
  address?: CompanyAddressDto;
}

export class UpdateCompanyDto implements UpdateCompanyRequest {
  @ApiPropertyOptional()
  @ValidateIf(sent)
  @IsString()
  @Length(1, 300)
  name?: string;

  @ApiPropertyOptional()
  @ValidateIf(sent)
  @IsString()
  @Length(1, 60)
  registrationNumber?: string;

  @ApiPropertyOptional()
  @ValidateIf(sent)
  @Matches(COUNTRY, { message: COUNTRY_MESSAGE })
  country?: string;

  @ApiPropertyOptional()
  @ValidateIf(sent)
  @IsUUID()
  municipalityId?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  employees?: number | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @Matches(NACE_CODE_PATTERN, { message: NACE_MESSAGE })
  sectorCode?: string | null;

  @ApiPropertyOptional({ enum: TURNOVER_BANDS, nullable: true })
  @IsOptional()
  @IsIn(TURNOVER_BANDS)
  turnoverBand?: TurnoverBand | null;

  @ApiPropertyOptional({ type: CompanyAddressDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => CompanyAddressDto)
  address?: CompanyAddressDto;
}
