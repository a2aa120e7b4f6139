export * from './lib/api-health.module';

