import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type AuthUser, CurrentUser, SignedIn } from '@techpact/api/auth';
import {
  type MarkAllReadResponse,
  type NotificationItem,
  type NotificationPreferencesResponse,
  type Page,
  type UnreadCountResponse,
} from '@techpact/contracts';
import { ListNotificationsQueryDto } from './dto/list-notifications.query';
import { UpdatePreferencesDto } from './dto/update-preferences.dto';
import { NotificationsService } from './notifications.service';

/** The signed-in person's inbox (every role) and their e-mail preferences. */
@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @SignedIn()
  @Get()
  list(
    @CurrentUser() user: AuthUser,
    @Query() query: ListNotificationsQueryDto,
  ): Promise<Page<NotificationItem>> {
    return this.notifications.list(user.id, query);
  }

  @SignedIn()
  @Get('unread-count')
  unreadCount(@CurrentUser() user: AuthUser): Promise<UnreadCountResponse> {
    return this.notifications.unreadCount(user.id);
  }

  @SignedIn()
  @Get('preferences')
  preferences(@CurrentUser() user: AuthUser): Promise<NotificationPreferencesResponse> {
    return this.notifications.preferences(user.id);
  }

  @SignedIn()
  @Put('preferences')
  updatePreferences(
    @CurrentUser() user: AuthUser,
    @Body() dto: UpdatePreferencesDto,
  ): Promise<NotificationPreferencesResponse> {
    return this.notifications.updatePreferences(user.id, dto);
  }

  @SignedIn()
  @Post('read-all')
  @HttpCode(200)
  markAllRead(@CurrentUser() user: AuthUser): Promise<MarkAllReadResponse> {
    return this.notifications.markAllRead(user.id);
  }

  @SignedIn()
  @Post(':id/read')
  @HttpCode(200)
  markRead(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<NotificationItem> {
    return this.notifications.markRead(user.id, id);
  }
}
