import { ConfigError, loadConfig, redact } from '@techpact/api/infra-config';
import { runMigrations } from '@techpact/api/infra-db';

/** `npm run migrate`: applies pending migrations to the database at DATABASE_URL. */
async function migrate(): Promise<void> {
  const config = loadConfig();
  const applied = await runMigrations(config.databaseUrl);
  console.log(
    applied.length === 0
      ? `Database ${redact(config.databaseUrl)} is up to date.`
      : `Applied ${applied.length} migration(s) to ${redact(config.databaseUrl)}: ${applied.join(', ')}`,
  );
}

migrate().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
