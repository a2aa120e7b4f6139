/** The bench database: creating it clean, migrating it, and the marker that says what it holds. */
import { runMigrations } from '@techpact/api/infra-db';
import { Client } from 'pg';

/** Written as the database's comment: a set is only "present" once `complete` is true. */
export interface BenchMarker {
  techpactBench: 1;
  cases: number;
  complete: boolean;
  generatedAt: string;
}

export function databaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) {
    throw new Error(
      `The bench database name "${name}" must be lower-case letters, digits and underscores.`,
    );
  }
  return name;
}

/** The same server's maintenance database, to create and drop the bench database from. */
function adminUrl(url: string): string {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  return admin.toString();
}

export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, application_name: 'techpact-bench-data' });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function parseMarker(comment: string | null): BenchMarker | null {
  if (!comment) return null;
  try {
    const value: unknown = JSON.parse(comment);
    return typeof value === 'object' && value !== null && (value as BenchMarker).techpactBench === 1
      ? (value as BenchMarker)
      : null;
  } catch {
    return null;
  }
}

/** The marker of `name`, null when there is none; undefined when the database does not exist. */
async function markerOf(admin: Client, name: string): Promise<BenchMarker | null | undefined> {
  const { rows } = await admin.query<{ comment: string | null }>(
    `SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`,
    [name],
  );
  const [row] = rows;
  return row ? parseMarker(row.comment) : undefined;
}

export async function readMarker(url: string): Promise<BenchMarker | null> {
  const name = databaseName(url);
  return (await withClient(adminUrl(url), (admin) => markerOf(admin, name))) ?? null;
}

export async function writeMarker(client: Client, marker: BenchMarker): Promise<void> {
  const { rows } = await client.query<{ name: string }>(`SELECT current_database() AS name`);
  const name = rows[0]?.name;
  if (!name) throw new Error('current_database() returned nothing');
  const literal = JSON.stringify(marker).replace(/'/g, "''");
  await client.query(`COMMENT ON DATABASE "${name}" IS '${literal}'`);
}

/**
 * A clean slate: drops the database (ending its sessions) and creates it again, then migrates.
 * Dropping (rather than truncating) is the only clean way: audit events, sent agreements and
 * approved hours refuse TRUNCATE and DELETE by design. A database that exists without our marker
 * and holds a programme is someone's data, so it is refused, not dropped.
 */
export async function recreateDatabase(url: string, cases: number): Promise<void> {
  const name = databaseName(url);
  await withClient(adminUrl(url), async (admin) => {
    const marker = await markerOf(admin, name);
    if (marker === null) {
      const used = await withClient(url, async (client) => {
        const { rows } = await client.query<{ used: boolean }>(
          `SELECT to_regclass('public.programme') IS NOT NULL AS used`,
        );
        if (!rows[0]?.used) return false;
        const programmes = await client.query(`SELECT 1 FROM programme LIMIT 1`);
        return programmes.rows.length > 0;
      });
      if (used) {
        throw new Error(
          `Database ${name} holds data that the bench generator did not write; refusing to drop it. ` +
            'Name a new database with --database-url (it is created) or drop this one yourself.',
        );
      }
    }
    if (marker !== undefined) await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
    const started: BenchMarker = {
      techpactBench: 1,
      cases,
      complete: false,
      generatedAt: new Date().toISOString(),
    };
    const literal = JSON.stringify(started).replace(/'/g, "''");
    await admin.query(`COMMENT ON DATABASE ${name} IS '${literal}'`);
  });
  await runMigrations(url);
}
