import { Client } from 'pg';
import { createTestDatabase, type TestDatabase } from '../testing';
import { runMigrations } from './run-migrations';

describe('migrations (real PostgreSQL)', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase('migrations', false);
  });
  afterAll(() => db.drop());

  it('apply on an empty database, then find nothing left to do', async () => {
    const first = await runMigrations(db.url);
    expect(first).toContain('Foundation1763900000000');
    expect(await runMigrations(db.url)).toEqual([]);

    const client = new Client({ connectionString: db.url });
    await client.connect();
    const { rows } = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
    );
    await client.end();
    expect(rows.map((row) => row.table_name)).toEqual(
      expect.arrayContaining([
        'programme',
        'municipality',
        'company',
        'app_user',
        'user_session',
        'invitation',
      ]),
    );
  });
});
