export * from './lib/app-error';
export * from './lib/all-exceptions.filter';
export * from './lib/validation.pipe';
export * from './lib/json-body';
export * from './lib/page-query';
