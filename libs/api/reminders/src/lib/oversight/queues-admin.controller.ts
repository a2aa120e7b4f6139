import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Access } from '@techpact/api/auth';
import {
  type FailedJobItem,
  type QueuesHealthResponse,
  type RetryJobResponse,
} from '@techpact/contracts';
import { QueueAdminService } from './queue-admin.service';

/** The queues' health for admins: counts, failed jobs, retry one. */
@ApiTags('admin')
@Controller('admin/queues')
export class QueuesAdminController {
  constructor(private readonly queues: QueueAdminService) {}

  @Access('admin')
  @Get()
  health(): Promise<QueuesHealthResponse> {
    return this.queues.health();
  }

  @Access('admin')
  @Get(':queue/failed')
  failed(@Param('queue') queue: string): Promise<FailedJobItem[]> {
    return this.queues.failed(queue);
  }

  @Access('admin')
  @Post(':queue/jobs/:id/retry')
  @HttpCode(200)
  retry(@Param('queue') queue: string, @Param('id') id: string): Promise<RetryJobResponse> {
    return this.queues.retry(queue, id);
  }
}
