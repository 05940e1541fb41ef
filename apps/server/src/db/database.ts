import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PostgresDialect, sql } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import { acquireDataDirLock } from './data-dir-lock';
import { PgNotificationListener } from './pg-notification-listener';
import { prepareMarkedStatements } from './prepared-statements';
import type { DB } from './schema';

export type DatabaseKind = 'pglite' | 'postgres';

/** The one database handle a server instance (or a CLI command) holds. */
export interface Database {
  db: Kysely<DB>;
  kind: DatabaseKind;
  /**
   * Subscribes to a PostgreSQL notification channel. Notifications reach every server instance
   * sharing the database, which is how per-process caches are invalidated.
   */
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
  /**
   * PostgreSQL: resolves once every notification committed before the call has been handed to the
   * listeners (a cache can then be trusted as of that moment). PGlite delivers them in-process as
   * the notifying transaction commits, so it has none.
   */
  syncNotifications?: () => Promise<void>;
  close(): Promise<void>;
  /** PGlite only: the whole data directory as an archive (tests clone a migrated template). */
  dumpPglite?: () => Promise<Blob>;
}

export interface DatabaseOptions {
  /** `postgres://…`; when absent the embedded PGlite is used. */
  databaseUrl?: string | undefined;
  /** Where PGlite keeps its files; `undefined` (with no URL) means in memory. */
  dataDir?: string | undefined;
  /** A PGlite data-directory dump to start from (tests clone a migrated template this way). */
  pgliteTemplate?: Blob;
  poolSize?: number;
}

const INT8_OID = 20;
const DATE_OID = 1082;
/** Calendar dates stay `YYYY-MM-DD` text: a Date object would shift them with the time zone. */
const asText = (value: string) => value;

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  return options.databaseUrl
    ? openPostgres(options.databaseUrl, options.poolSize ?? 10)
    : openPglite(options);
}

async function openPostgres(url: string, poolSize: number): Promise<Database> {
  // int8 as number (counts and bigserial ids stay far below 2^53), like PGlite does.
  const types = {
    getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
      if (oid === INT8_OID) return Number;
      if (oid === DATE_OID) return asText;
      return pg.types.getTypeParser(oid, format);
    }) as typeof pg.types.getTypeParser,
  };
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types, connectionTimeoutMillis: 5_000 });
  // An idle client losing its connection (database restarted) must not crash the process;
  // the next query gets a fresh connection or a clear error.
  pool.on('error', () => {});
  // A client in use when the server goes away also emits 'error'; without a listener Node would
  // treat it as unhandled and stop the process. The query in flight fails on its own (→ 503).
  pool.on('connect', (client) => {
    client.on('error', () => {});
    prepareMarkedStatements(client);
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  const listener = new PgNotificationListener(url);
  return {
    db,
    kind: 'postgres',
    listen: (channel, onPayload) => listener.listen(channel, onPayload),
    syncNotifications: () => listener.sync(),
    async close() {
      await listener.close();
      await db.destroy();
    },
  };
}

async function openPglite(options: DatabaseOptions): Promise<Database> {
  let releaseLock: (() => void) | undefined;
  let dataDir: string | undefined;
  if (options.dataDir) {
    dataDir = path.join(options.dataDir, 'pgdata');
    // Owner only (password hashes, patients' CNPs); a directory left more open is closed again.
    fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    if ((fs.statSync(dataDir).mode & 0o077) !== 0) fs.chmodSync(dataDir, 0o700);
    releaseLock = acquireDataDirLock(dataDir);
  }
  const client = await PGlite.create({
    ...(dataDir ? { dataDir } : {}),
    ...(options.pgliteTemplate ? { loadDataDir: options.pgliteTemplate } : {}),
    extensions: { pg_trgm },
    parsers: { [DATE_OID]: asText },
  });
  const db = new Kysely<DB>({ dialect: new PGliteDialect(client) });
  return {
    db,
    kind: 'pglite',
    async listen(channel, onPayload) {
      const unsubscribe = await client.listen(channel, onPayload);
      return () => unsubscribe();
    },
    async close() {
      await db.destroy();
      releaseLock?.();
    },
    dumpPglite: async () => {
      const dump = await client.dumpDataDir('gzip');
      return dump;
    },
  };
}

/** True when the database answers; used by /api/health and the 503 guard. */
export async function pingDatabase(db: Kysely<DB>): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
