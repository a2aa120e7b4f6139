import { Body, Controller, Get, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access, type AuthUser, CurrentUser } from '@techpact/api/auth';
import { type CaseOutcomesResponse } from '@techpact/contracts';
import { RecordOutcomesDto } from './dto/record-outcomes.dto';
import { OutcomesService } from './outcomes.service';

@ApiTags('completion')
@Controller('cases/:id/outcomes')
export class OutcomesController {
  constructor(private readonly outcomes: OutcomesService) {}

  @Access('admin', 'coordinator', 'expert', 'sme')
  @Get()
  get(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<CaseOutcomesResponse> {
    return this.outcomes.get(user, id);
  }

  @Access('admin', 'coordinator')
  @Put()
  record(
    @CurrentUser() user: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: RecordOutcomesDto,
  ): Promise<CaseOutcomesResponse> {
    return this.outcomes.record(user, id, dto);
  }
}
