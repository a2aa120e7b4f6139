import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { runMigrations } from './lib/run-migrations';

/** Server the tests create their throwaway databases on (never the demo database). */
export const TEST_DATABASE_ADMIN_URL =
  process.env['TEST_DATABASE_ADMIN_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

/**
 * Creates a fresh database with every migration applied, so that test files run in parallel
 * without seeing each other's rows.
 */
export async function createTestDatabase(label: string, migrate = true): Promise<TestDatabase> {
  const name = `tp_test_${label.replace(/\W/g, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(TEST_DATABASE_ADMIN_URL);
  url.pathname = `/${name}`;
  if (migrate) await runMigrations(url.toString());
  return {
    url: url.toString(),
    name,
    drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function adminQuery(sql: string): Promise<void> {
  const client = new Client({ connectionString: TEST_DATABASE_ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
