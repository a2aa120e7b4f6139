import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access, type AuthUser, CurrentUser } from '@techpact/api/auth';
import { type ApprovalGroup, type DecideEntriesResponse, type TimeLock } from '@techpact/contracts';
import {
  ApprovalsQueryDto,
  DecideEntriesDto,
  LockMonthDto,
  UnlockMonthDto,
} from './dto/approval.dto';
import { ApprovalsService } from './approvals.service';
import { TimeLocksService } from './time-locks.service';

@ApiTags('time sheets')
@Controller()
export class ApprovalsController {
  constructor(
    private readonly approvals: ApprovalsService,
    private readonly locks: TimeLocksService,
  ) {}

  @Access('admin', 'coordinator')
  @Get('approvals')
  list(@CurrentUser() user: AuthUser, @Query() query: ApprovalsQueryDto): Promise<ApprovalGroup[]> {
    return this.approvals.list(user, query);
  }

  @Access('admin', 'coordinator')
  @Post('approvals/decide')
  @HttpCode(200)
  decide(
    @CurrentUser() user: AuthUser,
    @Body() dto: DecideEntriesDto,
  ): Promise<DecideEntriesResponse> {
    return this.approvals.decide(user, dto);
  }

  @Access('admin', 'coordinator')
  @Get('time-locks')
  locksList(@CurrentUser() user: AuthUser): Promise<TimeLock[]> {
    return this.locks.list(user);
  }

  @Access('admin', 'coordinator')
  @Post('time-locks')
  lock(@CurrentUser() user: AuthUser, @Body() dto: LockMonthDto): Promise<TimeLock> {
    return this.locks.lock(user, dto.month);
  }

  @Access('admin')
  @Delete('time-locks/:month')
  @HttpCode(204)
  unlock(
    @CurrentUser() user: AuthUser,
    @Param('month') month: string,
    @Body() dto: UnlockMonthDto,
  ): Promise<void> {
    return this.locks.unlock(user, month, dto.reason);
  }
}
