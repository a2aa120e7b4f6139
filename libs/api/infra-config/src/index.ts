export * from './lib/app-config';
export * from './lib/infra-config.module';
