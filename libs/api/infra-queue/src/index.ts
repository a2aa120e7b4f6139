export * from './lib/api-infra-queue.module';

