// Runs the worker from its TypeScript sources in a child process (process-level tests), so that
// a test never runs a stale build. Type-checking is left to tsc; this only transpiles.
const { join } = require('node:path');
const root = join(__dirname, '../../../..');
require('ts-node').register({
  project: join(root, 'apps/worker/tsconfig.app.json'),
  transpileOnly: true,
});
const { compilerOptions } = require(join(root, 'tsconfig.base.json'));
require('tsconfig-paths').register({ baseUrl: root, paths: compilerOptions.paths });
require(join(root, 'apps/worker/src/main.ts'));
