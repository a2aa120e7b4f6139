export * from './lib/roles';
export * from './lib/errors';
export * from './lib/auth';
export * from './lib/admin';
export * from './lib/health';
export * from './lib/jobs';
export * from './lib/cases';
