export * from './lib/api-programmes.module';

