import pg from 'pg';

export const TEMPLATE_PREFIX = 'siui_test_';

/** The server the tests use; CI and the README point at 127.0.0.1:5432 with trust auth. */
export const POSTGRES_BASE_URL =
  process.env.SIUI_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function postgresUrlFor(database: string): string {
  const url = new URL(POSTGRES_BASE_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function adminClient(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: POSTGRES_BASE_URL });
  await client.connect();
  return client;
}
