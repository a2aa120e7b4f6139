export * from './lib/api-infra-http.module';

