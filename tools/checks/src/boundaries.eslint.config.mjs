// Only the module-boundary rule, with the workspace's own constraints: lets the check lint
// virtual fixture files without the type-aware parsing that needs real ones.
import nx from '@nx/eslint-plugin';
import { depConstraints } from '../../../eslint.config.mjs';

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        { enforceBuildableLibDependency: true, depConstraints },
      ],
    },
  },
];
