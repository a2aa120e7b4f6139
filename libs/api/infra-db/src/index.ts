export * from './lib/api-infra-db.module';

