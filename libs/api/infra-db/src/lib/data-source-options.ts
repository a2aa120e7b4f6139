import { type DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../migrations';

/** The one place that says how we talk to PostgreSQL; used by the app, the CLI and the tests. */
export function dataSourceOptions(
  url: string,
  extra: Partial<DataSourceOptions> = {},
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migration',
    // Each migration in its own transaction, so a failure leaves the ones before it applied.
    migrationsTransactionMode: 'each',
    synchronize: false,
    extra: {
      max: 10,
      application_name: 'techpact',
      // Short OLTP queries: JIT compiling a plan costs more than it saves (seconds on deep pages).
      options: '-c jit=off',
    },
    ...extra,
  } as DataSourceOptions;
}
