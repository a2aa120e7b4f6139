#!/usr/bin/env node
// The benchmark's data set (issue 9): `npm run bench:data -- --cases 100000 [--database-url URL]`.
// Runs tools/bench/data.ts from source (transpiled on the fly, workspace paths resolved).
const { join } = require('node:path');
const root = join(__dirname, '../..');
require('ts-node').register({
  project: join(root, 'apps/api/tsconfig.app.json'),
  transpileOnly: true,
});
const { compilerOptions } = require(join(root, 'tsconfig.base.json'));
require('tsconfig-paths').register({ baseUrl: root, paths: compilerOptions.paths });
require('./data.ts')
  .main(process.argv.slice(2))
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
