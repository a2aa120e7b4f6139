export * from './lib/api-infra-config.module';

