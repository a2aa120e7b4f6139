import { type ServerResponse } from 'node:http';
import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Logger,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { Access, type AuthUser, CurrentUser } from '@techpact/api/auth';
import { type TimeEntry, type TimeExportFormat } from '@techpact/contracts';
import { CreateTimeEntryDto, UpdateTimeEntryDto } from './dto/time-entry.dto';
import { TimeExportQueryDto } from './dto/time-export.query';
import { TimeEntriesService } from './time-entries.service';
import { TimeExportService } from './time-export.service';

@ApiTags('time sheets')
@Controller('time-entries')
export class TimeEntriesController {
  private readonly logger = new Logger(TimeEntriesController.name);

  constructor(
    private readonly entries: TimeEntriesService,
    private readonly exports: TimeExportService,
  ) {}

  @Access('admin', 'coordinator', 'expert', 'sme')
  @Get('export.csv')
  @ApiProduces('text/csv')
  exportCsv(
    @CurrentUser() user: AuthUser,
    @Query() query: TimeExportQueryDto,
    @Res() res: ServerResponse,
  ): Promise<void> {
    return this.stream(user, query, 'csv', res);
  }

  @Access('admin', 'coordinator', 'expert', 'sme')
  @Get('export.xlsx')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  exportXlsx(
    @CurrentUser() user: AuthUser,
    @Query() query: TimeExportQueryDto,
    @Res() res: ServerResponse,
  ): Promise<void> {
    return this.stream(user, query, 'xlsx', res);
  }

  @Access('admin', 'coordinator', 'expert', 'sme')
  @Post()
  create(@CurrentUser() user: AuthUser, @Body() dto: CreateTimeEntryDto): Promise<TimeEntry> {
    return this.entries.create(user, dto);
  }

  @Access('admin', 'coordinator', 'expert', 'sme')
  @Get(':id')
  get(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<TimeEntry> {
    return this.entries.get(user, id);
  }

  @Access('admin', 'coordinator', 'expert', 'sme')
  @Patch(':id')
  update(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateTimeEntryDto,
  ): Promise<TimeEntry> {
    return this.entries.update(user, id, dto);
  }

  @Access('admin', 'coordinator', 'expert', 'sme')
  @Delete(':id')
  @HttpCode(204)
  remove(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.entries.remove(user, id);
  }

  /** Refusals before the first byte become JSON errors; a failure mid-stream cuts the download. */
  private async stream(
    user: AuthUser,
    query: TimeExportQueryDto,
    format: TimeExportFormat,
    res: ServerResponse,
  ): Promise<void> {
    try {
      await this.exports.export(user, query, format, res);
    } catch (error) {
      if (!res.headersSent) throw error;
      this.logger.error(`The ${format} export failed after it started: ${String(error)}`);
      res.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  }
}
