import { BullModule } from '@nestjs/bullmq';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@techpact/api/infra-config';
import { QueueName } from '@techpact/contracts';
import { QueueErrorListener } from './queue-error.listener';
import { RedisHealthService } from './redis-health.service';
import { bullConnection } from './redis-options';
import { WorkerHeartbeatService } from './worker-heartbeat.service';

@Module({})
export class InfraQueueModule {
  /**
   * The API's view of Redis: health and the worker heartbeat. The API enqueues nothing itself
   * (the worker relays the outbox), and its client never queues a command, so a request never
   * waits for Redis.
   */
  static forApi(): DynamicModule {
    return {
      module: InfraQueueModule,
      providers: [RedisHealthService],
      exports: [RedisHealthService],
    };
  }

  /** BullMQ with every queue of the contracts registered, for the worker. */
  static forWorker(): DynamicModule {
    return {
      module: InfraQueueModule,
      imports: [
        BullModule.forRootAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            connection: bullConnection(config.redisUrl, 'worker'),
            prefix: config.redisPrefix,
          }),
        }),
        BullModule.registerQueue(...Object.values(QueueName).map((name) => ({ name }))),
      ],
      providers: [QueueErrorListener, WorkerHeartbeatService, RedisHealthService],
      exports: [BullModule, WorkerHeartbeatService, RedisHealthService],
    };
  }
}
