/**
 * @techpact/lifecycle — the case lifecycle of DESIGN §3 as one pure XState v5 machine, shared by
 * the API (authoritative) and the web (buttons and the path). No I/O; depends on xstate only.
 */
export * from './lib/case.machine';
export * from './lib/case-events';
export * from './lib/case-facts';
export * from './lib/case-effects';
export * from './lib/case-roles';
export * from './lib/case-state';
export * from './lib/case-transition';
export * from './lib/case-position';
export * from './lib/case-graph';
export * from './lib/case-persistence';
export * from './lib/case-migrations';
export * from './lib/case-samples';
