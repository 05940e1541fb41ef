import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import { startBackgroundJobs } from './background-jobs';
import { ensureAdministrator } from './bootstrap-admin';
import type { Config } from './config';
import { type Database, openDatabase } from './db/database';
import { migrateToLatest } from './db/migrator';
import { upsertReferenceData } from './db/reference-data';
import { loadKeyHasher } from './modules/activation-keys/key-hasher';
import type { ChainCheckpointer } from './modules/integrity/chain-checkpointer';
import { openCheckpointer } from './modules/integrity/checkpoints';
import { type OnlineGateway, startOnlineGateway } from './modules/online/online-gateway';

export interface RunningServer {
  app: FastifyInstance;
  gateway: OnlineGateway;
  database: Database;
  httpUrl: string;
  onlineUrl: string;
  close(): Promise<void>;
}

/** Opens (and migrates) the database the settings name, ready for the server or a CLI command. */
export async function openConfiguredDatabase(config: Config): Promise<Database> {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrateToLatest(database.db);
    await upsertReferenceData(database.db);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

export async function startServer(config: Config): Promise<RunningServer> {
  const database = await openConfiguredDatabase(config);
  let app: FastifyInstance | undefined;
  let gateway: OnlineGateway | undefined;
  let checkpoints: ChainCheckpointer | undefined;
  try {
    const admin = await ensureAdministrator(database.db, config.adminPassword);
    if (admin.generatedPassword) {
      // Printed once, on the console only: it is not kept anywhere.
      process.stdout.write(
        `\nUtilizatorul administrator CNAS „admin” a fost creat cu parola: ${admin.generatedPassword}\n` +
          `The CNAS administrator "admin" was created with the password: ${admin.generatedPassword}\n\n`,
      );
    }
    const keyHasher = loadKeyHasher(config);
    checkpoints = openCheckpointer(config);
    gateway = await startOnlineGateway({ config, database, hasher: keyHasher });
    app = await buildApp({ config, database, keyHasher, onlineEndpoint: gateway.endpoint });
    await app.listen({ host: config.http.host, port: config.http.port });
  } catch (error) {
    await app?.close();
    await gateway?.close();
    await database.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.http.port;
  const running = app;
  const runningGateway = gateway;
  const jobs = startBackgroundJobs(database.db, app.log, {
    idleSeconds: config.session.idleSeconds,
    checkpoints,
    checkpointEveryMs: config.auditCheckpointSeconds * 1000,
  });
  const finalCheckpoints = checkpoints;
  return {
    app: running,
    gateway: runningGateway,
    database,
    httpUrl: `${config.http.tls ? 'https' : 'http'}://${formatHost(config.http.host)}:${port}`,
    onlineUrl: runningGateway.endpoint()?.url ?? '',
    async close() {
      jobs.stop();
      await running.close();
      await runningGateway.close();
      // The last heads signed on the way out, so the window nothing vouches for closes with us.
      await finalCheckpoints?.checkpoint(database.db).catch((error: unknown) => {
        running.log.warn({ err: { message: (error as Error).message } }, 'final checkpoint failed');
      });
      await database.close();
    },
  };
}

function formatHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}
