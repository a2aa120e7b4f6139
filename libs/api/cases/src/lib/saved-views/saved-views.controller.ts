import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access, type AuthUser, CurrentUser } from '@techpact/api/auth';
import { type SavedCaseView } from '@techpact/contracts';
import { CreateSavedCaseViewDto, RenameSavedCaseViewDto } from './dto/saved-case-view.dto';
import { SavedViewsService } from './saved-views.service';

/**
 * `/api/cases/views`: the caller's saved case-list views. Registered before the cases
 * controller, whose `GET /cases/:id` would otherwise take `/cases/views`.
 */
@ApiTags('cases')
@Controller('cases/views')
export class SavedViewsController {
  constructor(private readonly views: SavedViewsService) {}

  @Access('admin', 'coordinator', 'expert', 'sme')
  @Get()
  list(@CurrentUser() user: AuthUser): Promise<SavedCaseView[]> {
    return this.views.list(user);
  }

  @Access('admin', 'coordinator', 'expert', 'sme')
  @Post()
  create(
    @CurrentUser() user: AuthUser,
    @Body() dto: CreateSavedCaseViewDto,
  ): Promise<SavedCaseView> {
    return this.views.create(user, dto);
  }

  @Access('admin', 'coordinator', 'expert', 'sme')
  @Patch(':id')
  rename(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RenameSavedCaseViewDto,
  ): Promise<SavedCaseView> {
    return this.views.rename(user, id, dto);
  }

  @Access('admin', 'coordinator', 'expert', 'sme')
  @Delete(':id')
  @HttpCode(204)
  remove(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.views.remove(user, id);
  }
}
