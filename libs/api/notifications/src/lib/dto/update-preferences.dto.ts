import { ApiProperty } from '@nestjs/swagger';
import {
  NOTIFICATION_KINDS,
  type NotificationKind,
  type NotificationPreference,
  type UpdateNotificationPreferencesRequest,
} from '@techpact/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, ValidateNested } from 'class-validator';

export class NotificationPreferenceDto implements NotificationPreference {
  @ApiProperty({ enum: NOTIFICATION_KINDS })
  @IsIn(NOTIFICATION_KINDS, { message: 'kind must be one of the notification kinds.' })
  kind!: NotificationKind;

  @ApiProperty({ description: 'true: e-mail and in-app; false: in-app only' })
  @IsBoolean()
  email!: boolean;
}

export class UpdatePreferencesDto implements UpdateNotificationPreferencesRequest {
  @ApiProperty({ type: [NotificationPreferenceDto] })
  @IsArray()
  @ArrayMaxSize(NOTIFICATION_KINDS.length)
  @ValidateNested({ each: true })
  @Type(() => NotificationPreferenceDto)
  preferences!: NotificationPreferenceDto[];
}
