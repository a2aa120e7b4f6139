import { randomBytes } from 'node:crypto';
import { createDatabase, freePort, startApi, waitForHealth } from './api-process';

/**
 * One API process for the suite, on its own fresh database (with the demo data) and its own
 * Redis key prefix, so that the suite never touches the demo system and can run beside it.
 */
module.exports = async function globalSetup(): Promise<void> {
  const db = await createDatabase('api');
  const port = await freePort();
  const api = startApi({
    DATABASE_URL: db.url,
    PORT: String(port),
    REDIS_URL: process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379',
    REDIS_PREFIX: `test-${randomBytes(4).toString('hex')}`,
    SEED_DEMO_IF_EMPTY: 'true',
    DB_MIGRATE_ON_START: 'true',
    APP_URL: 'http://localhost:4200',
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  process.env['API_BASE_URL'] = baseUrl;
  process.env['API_DATABASE_URL'] = db.url;
  globalThis.__API__ = { process: api, databaseName: db.name };
  await waitForHealth(baseUrl);
};
