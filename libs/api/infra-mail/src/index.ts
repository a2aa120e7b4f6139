export * from './lib/api-infra-mail.module';

