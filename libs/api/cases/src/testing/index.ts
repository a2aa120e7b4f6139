export * from './case-world';
export * from './place-case';
