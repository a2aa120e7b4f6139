import { PageQuery } from '@techpact/api/infra-http';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { type ListNotificationsQuery } from '@techpact/contracts';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';

export class ListNotificationsQueryDto
  extends PageQuery({ defaultLimit: 20, maxLimit: 100 })
  implements ListNotificationsQuery
{
  @ApiPropertyOptional({ description: 'true: unread only' })
  @IsOptional()
  // Query strings arrive as text: only "true" and "false" are booleans.
  @Transform(({ value }: { value: unknown }) =>
    value === 'true' ? true : value === 'false' ? false : value,
  )
  @IsBoolean({ message: 'unread must be true or false.' })
  unread?: boolean;
}
