#!/usr/bin/env node
// The web part of the benchmark (issue 9, scenario 8), not a test:
// `node tools/bench/web.cjs --api-url http://127.0.0.1:3000 [--smoke] [--dist tmp/bench-web]`.
// Runs tools/bench/web.ts from source (transpiled on the fly, workspace paths resolved).
const { join } = require('node:path');
const root = join(__dirname, '../..');
require('ts-node').register({
  project: join(root, 'apps/worker/tsconfig.app.json'),
  transpileOnly: true,
});
const { compilerOptions } = require(join(root, 'tsconfig.base.json'));
require('tsconfig-paths').register({ baseUrl: root, paths: compilerOptions.paths });
require('./web.ts')
  .main(process.argv.slice(2))
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
