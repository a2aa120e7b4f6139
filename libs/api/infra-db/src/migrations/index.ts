import { Foundation1763900000000 } from './1763900000000-foundation';

/**
 * Every migration, in order. Listed explicitly (not globbed) so that bundled builds and
 * tests run exactly the same set. Add new migrations at the end.
 */
export const MIGRATIONS = [Foundation1763900000000];
