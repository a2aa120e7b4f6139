import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access, type AuthUser, CurrentUser } from '@techpact/api/auth';
import { type ProgrammeTargets, type RetentionSettings } from '@techpact/contracts';
import { ProgrammeTargetsDto, RetentionSettingsDto } from './programme-settings.dto';
import { ProgrammeSettingsService } from './programme-settings.service';

@ApiTags('reporting')
@Controller('programme')
export class ProgrammeSettingsController {
  constructor(private readonly settings: ProgrammeSettingsService) {}

  @Access('admin', 'coordinator')
  @Get('targets')
  targets(@CurrentUser() user: AuthUser): Promise<ProgrammeTargets> {
    return this.settings.targets(user.programmeId);
  }

  @Access('admin')
  @Put('targets')
  setTargets(
    @CurrentUser() user: AuthUser,
    @Body() dto: ProgrammeTargetsDto,
  ): Promise<ProgrammeTargets> {
    return this.settings.setTargets(user.programmeId, dto);
  }

  @Access('admin')
  @Get('retention')
  retention(@CurrentUser() user: AuthUser): Promise<RetentionSettings> {
    return this.settings.retention(user.programmeId);
  }

  @Access('admin')
  @Put('retention')
  setRetention(
    @CurrentUser() user: AuthUser,
    @Body() dto: RetentionSettingsDto,
  ): Promise<RetentionSettings> {
    return this.settings.setRetention(user.programmeId, dto);
  }
}
