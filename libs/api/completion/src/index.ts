export * from './lib/completion.module';
export * from './lib/outcomes.service';
export * from './lib/outcomes.participant';
export * from './lib/outcome.repository';
export * from './lib/case-report.service';
