/** The benchmark's own PostgreSQL database: created fresh, dropped at the end. */
import pg from 'pg';

export const POSTGRES_URL =
  process.env.SIUI_BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function urlOf(database: string): string {
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createDatabase(name: string): Promise<string> {
  await withAdmin((client) => client.query(`create database "${name}"`));
  return urlOf(name);
}

export async function dropDatabase(name: string): Promise<void> {
  await withAdmin((client) => client.query(`drop database if exists "${name}" with (force)`));
}

/** A client on the benchmark database, for the bulk data and the checks. */
export async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  // Dropping the database at the end ends this connection too; that is not an error of the run.
  client.on('error', () => {});
  await client.connect();
  return client;
}
