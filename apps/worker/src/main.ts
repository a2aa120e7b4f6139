import { NestFactory } from '@nestjs/core';
import { ConfigError, loadConfig } from '@techpact/api/infra-config';
import { waitForRedis } from '@techpact/api/infra-queue';
import { Logger } from 'nestjs-pino';
import { createLogger } from './app/logger';
import { assertEveryJobIsHandled } from './app/processors';
import { WorkerModule } from './app/worker.module';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  assertEveryJobIsHandled();
  const log = createLogger(config);
  await waitForRedis(config.redisUrl, { onUnreachable: (message) => log.warn(message) });

  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, log), {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  log.info('TechPact worker started; processing the queues.');
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('The worker could not start:', error);
  }
  process.exit(1);
});
