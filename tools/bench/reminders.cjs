#!/usr/bin/env node
// Throughput of the reminders (issue 7), not a test: `npm run bench:reminders`.
// Runs tools/bench/reminders.ts from source (transpiled on the fly, workspace paths resolved).
const { join } = require('node:path');
const root = join(__dirname, '../..');
require('ts-node').register({
  project: join(root, 'apps/worker/tsconfig.app.json'),
  transpileOnly: true,
});
const { compilerOptions } = require(join(root, 'tsconfig.base.json'));
require('tsconfig-paths').register({ baseUrl: root, paths: compilerOptions.paths });
require('./reminders.ts')
  .main(process.argv.slice(2).map(Number))
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
