export * from './lib/api-demo-data.module';

