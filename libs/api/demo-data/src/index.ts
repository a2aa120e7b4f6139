export * from './lib/demo-data.module';
export * from './lib/demo-seed.service';
export * from './lib/demo-fixtures';
