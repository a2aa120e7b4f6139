#!/usr/bin/env node
// The benchmark (issue 9), not a test: `npm run bench` (see tools/bench/run.ts for the flags).
// Runs tools/bench/run.ts from source (transpiled on the fly, workspace paths resolved).
const { join } = require('node:path');
const root = join(__dirname, '../..');
require('ts-node').register({
  project: join(root, 'apps/worker/tsconfig.app.json'),
  transpileOnly: true,
});
const { compilerOptions } = require(join(root, 'tsconfig.base.json'));
require('tsconfig-paths').register({ baseUrl: root, paths: compilerOptions.paths });
require('./run.ts').launch(process.argv.slice(2));
