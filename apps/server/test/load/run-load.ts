/**
 * The long form of the load test: `npm run load -- [--sessions 500] [--seconds 60]`.
 * A fresh PostgreSQL database, the real server (production settings), N providers enrolled through
 * the API, then N concurrent mutual-TLS sessions sending 100-line reports for the given time.
 */
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { loadConfig } from '../../src/config';
import { startServer } from '../../src/server';
import { enrollProviders, runProviderLoad } from './provider-load';

const { values } = parseArgs({
  options: {
    sessions: { type: 'string', default: '500' },
    seconds: { type: 'string', default: '60' },
    lines: { type: 'string', default: '100' },
  },
});
const base = process.env.SIUI_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const name = `siui_load_${Date.now()}`;
const admin = new pg.Client({ connectionString: base });
await admin.connect();
await admin.query(`CREATE DATABASE "${name}"`);
const url = new URL(base);
url.pathname = `/${name}`;
const password = 'Load-Admin-Parola-1';
const config = loadConfig({
  ...process.env,
  NODE_ENV: 'production',
  SIUI_DATABASE_URL: url.toString(),
  SIUI_DATA_DIR: `/tmp/${name}`,
  SIUI_HTTP_PORT: '0',
  SIUI_ONLINE_PORT: '0',
  SIUI_ADMIN_PASSWORD: password,
  SIUI_LOG_LEVEL: 'error',
});
const server = await startServer(config);
try {
  const login = await server.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'admin', password },
  });
  const cookie = `siui_session=${login.cookies.find((c) => c.name === 'siui_session')?.value}`;
  const sessions = Number(values.sessions);
  process.stdout.write(`Se înrolează ${sessions} furnizori… / enrolling ${sessions} providers…\n`);
  const started = Date.now();
  const providers = await enrollProviders({ app: server.app, loginAdmin: async () => cookie }, sessions);
  process.stdout.write(
    `… în ${Math.round((Date.now() - started) / 1000)} s. Sarcina rulează ${values.seconds} s.\n`,
  );
  const endpoint = server.gateway.endpoint();
  if (!endpoint) throw new Error('no gateway');
  const result = await runProviderLoad(
    server.app,
    async (ids) => {
      const row = await server.database.db
        .selectFrom('reports')
        .select([
          sql<number>`count(*)::int`.as('stored'),
          sql<number>`(count(*) - count(distinct (provider_id, idempotency_key)))::int`.as('duplicates'),
        ])
        .where('provider_id', 'in', ids)
        .executeTakeFirstOrThrow();
      return row;
    },
    providers,
    {
      sessions,
      seconds: Number(values.seconds),
      linesPerReport: Number(values.lines),
      gateway: { url: new URL(endpoint.url), serverCa: endpoint.tlsCertificatePem },
    },
  );
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  const lost = result.reportsAcknowledged - result.reportsStored;
  process.stdout.write(
    `\n${result.sessions} sesiuni, ${result.reportsAcknowledged} raportări confirmate (${result.reportsPerSecond}/s), ` +
      `${Object.values(result.errors).reduce((a, b) => a + b, 0)} erori, ${lost} pierdute, ${result.duplicates} duplicate\n`,
  );
  process.exitCode = Object.keys(result.errors).length === 0 && lost === 0 && result.duplicates === 0 ? 0 : 1;
} finally {
  await server.close();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
}
