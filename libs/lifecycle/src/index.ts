export * from './lib/lifecycle';
