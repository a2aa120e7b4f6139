export * from './lib/cases.module';
export * from './lib/cases.service';
export * from './lib/case-command';
export * from './lib/case-transition';
export * from './lib/assessment-dimensions';
export * from './lib/demo-cases.seed';
export * from './lib/case-participants';
export { CaseRepository, type LockedCaseRow } from './lib/case.repository';
export { caseScope } from './lib/case-summary.sql';
