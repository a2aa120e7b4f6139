import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { QueueName } from '@techpact/contracts';
import { type Queue } from 'bullmq';
import { redisOutageLog } from './redis-errors';

/**
 * BullMQ re-emits every connection error on each queue, and prints it when nobody listens;
 * this sends them to the one outage log instead.
 */
@Injectable()
export class QueueErrorListener implements OnModuleInit {
  constructor(private readonly moduleRef: ModuleRef) {}

  onModuleInit(): void {
    for (const name of Object.values(QueueName)) {
      const queue = this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
      queue.on('error', (error: Error) => redisOutageLog.failed(error, `queue ${name}`));
    }
  }
}
