export * from './lib/infra-db.module';
export * from './lib/data-source-options';
export * from './lib/run-migrations';
export * from './lib/like-pattern';
