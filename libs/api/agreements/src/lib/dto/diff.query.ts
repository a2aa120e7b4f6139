import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

export class DiffQueryDto {
  @ApiProperty({ minimum: 1 })
  @Type(() => Number)
  @IsInt({ message: 'from must be a version number' })
  @Min(1, { message: 'from must be a version number' })
  @Max(100000)
  from!: number;

  @ApiProperty({ minimum: 1 })
  @Type(() => Number)
  @IsInt({ message: 'to must be a version number' })
  @Min(1, { message: 'to must be a version number' })
  @Max(100000)
  to!: number;
}
