import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { createProjectGraphAsync } from '@nx/devkit';

const root = resolve(__dirname, '../../..');
const RULE = '@nx/enforce-module-boundaries';

interface LintResult {
  messages: { ruleId: string | null; message: string }[];
}

/**
 * Lints a fixture as if it stood at `filePath`, with the workspace's boundary constraints,
 * through the ESLint CLI (the config is ESM, which Jest's module system cannot load).
 */
function boundaryErrors(filePath: string, code: string): string[] {
  const result = spawnSync(
    resolve(root, 'node_modules/.bin/eslint'),
    [
      '--config',
      resolve(__dirname, 'boundaries.eslint.config.mjs'),
      '--format',
      'json',
      '--stdin',
      '--stdin-filename',
      filePath,
    ],
    { cwd: root, input: code, encoding: 'utf8' },
  );
  const [lint] = JSON.parse(result.stdout) as LintResult[];
  return (lint?.messages ?? []).filter((m) => m.ruleId === RULE).map((m) => m.message);
}

describe('module boundaries', () => {
  beforeAll(async () => {
    // The rule reads the cached project graph; make sure there is one.
    await createProjectGraphAsync({ exitOnError: false });
  });

  it('fail the lint when the web app imports a backend library', () => {
    const errors = boundaryErrors(
      'apps/web/src/app/boundary-fixture.ts',
      "import { AuthModule } from '@techpact/api/auth';\nexport const leaked = AuthModule;\n",
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/scope:web/);
  });

  it('fail the lint when a domain library imports a feature', () => {
    const errors = boundaryErrors(
      'libs/lifecycle/src/boundary-fixture.ts',
      "import { CompaniesModule } from '@techpact/api/companies';\nexport const leaked = CompaniesModule;\n",
    );
    expect(errors.length).toBeGreaterThan(0);
  });

  it('fail the lint when the backend imports a web library', () => {
    const errors = boundaryErrors(
      'libs/api/companies/src/lib/boundary-fixture.ts',
      "import * as i18n from '@techpact/web/i18n';\nexport const leaked = i18n;\n",
    );
    expect(errors.length).toBeGreaterThan(0);
  });

  it('allow the web app to use the shared contracts', () => {
    const errors = boundaryErrors(
      'apps/web/src/app/boundary-fixture.ts',
      "import { type Role } from '@techpact/contracts';\nexport const role: Role = 'sme';\n",
    );
    expect(errors).toEqual([]);
  });
});
