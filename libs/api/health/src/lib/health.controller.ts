import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '@techpact/api/auth';
import { type ReadinessResponse } from '@techpact/contracts';
import { type Response } from 'express';
import { HealthService } from './health.service';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  /** The process is alive; checks nothing else, so an orchestrator does not restart it for a DB blip. */
  @Public()
  @Get()
  alive(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** 200 when the database answers (Redis down only degrades); 503 otherwise. */
  @Public()
  @Get('ready')
  async ready(@Res({ passthrough: true }) response: Response): Promise<ReadinessResponse> {
    const readiness = await this.health.readiness();
    if (readiness.status === 'down') response.status(503);
    return readiness;
  }
}
