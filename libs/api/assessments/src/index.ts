export * from './lib/assessments.module';
export * from './lib/assessments.service';
export * from './lib/default-dimensions';
export * from './lib/demo-assessments.seed';
export * from './lib/assessment-suggestions';
