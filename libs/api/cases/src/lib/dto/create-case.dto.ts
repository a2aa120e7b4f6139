import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type CreateCaseRequest } from '@techpact/contracts';
import { IsDefined, IsOptional, IsUUID } from 'class-validator';

export class CreateCaseDto implements CreateCaseRequest {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: '$property must be a UUID' })
  @IsDefined({ message: '$property is required' })
  companyId!: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'Defaults to the calling coordinator, or to the only coordinator of the company’s municipality.',
  })
  @IsOptional()
  @IsUUID('all', { message: '$property must be a UUID' })
  coordinatorId?: string;
}
