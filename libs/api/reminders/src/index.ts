export * from './lib/business-days';
export * from './lib/reminder-jobs';
export * from './lib/reminder-relay';
export * from './lib/reminder-firing';
export * from './lib/reminder-reconciler';
