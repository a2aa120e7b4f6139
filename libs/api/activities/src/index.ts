export * from './lib/activities.module';
export * from './lib/activities.service';
export * from './lib/activities.participant';
export * from './lib/activity-sync';
export * from './lib/activity-status';
export { type ActivityActor } from './lib/activity.repository';
