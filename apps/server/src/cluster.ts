/**
 * `siui serve` on several cores: SIUI_WORKERS=N (or `auto`, one per core) starts N worker
 * processes with node:cluster, each a complete server instance (HTTP, /ocsp, the online gateway,
 * background jobs, its own LISTEN connection), sharing the two ports. Unset or 1: one process, as
 * before. Only on PostgreSQL: the embedded PGlite belongs to one process.
 *
 * The primary prepares what the workers would otherwise race to create — the migrated schema, the
 * CNAS administrator (a generated password is printed once, here), the activation-key secret, the
 * gateway's TLS identity and the OCSP signing identity — then forks, restarts a worker that dies,
 * and stops them all on SIGTERM/SIGINT. Instances share nothing but the database, as several
 * servers on one PostgreSQL already do, so every per-process cache is invalidated by the same
 * notifications.
 */
import cluster, { type Worker } from 'node:cluster';
import os from 'node:os';
import { ensureAdministrator } from './bootstrap-admin';
import type { Config } from './config';
import { loadKeyHasher } from './modules/activation-keys/key-hasher';
import { openCheckpointer } from './modules/integrity/checkpoints';
import { loadResponderIdentity } from './modules/ocsp/responder-identity';
import { loadGatewayTlsIdentity } from './modules/online/gateway-tls-identity';
import { openConfiguredDatabase, type RunningServer } from './server';

export type ProcessRole = 'single' | 'primary' | 'worker';

const RESTART_DELAY_MS = 1_000;
const STOP_TIMEOUT_MS = 12_000;

/** How many workers SIUI_WORKERS asks for (1 = no cluster); throws on a bad value. */
export function workerCount(config: Pick<Config, 'databaseUrl'>, env = process.env): number {
  const value = env.SIUI_WORKERS?.trim() ?? '';
  if (value === '' || value === '1') return 1;
  const cores = os.availableParallelism();
  const count = value === 'auto' ? cores : Number(value);
  if (!Number.isInteger(count) || count < 1 || count > 64) {
    throw new Error(`SIUI_WORKERS: "auto" or a number of processes from 1 to 64, not "${value}"`);
  }
  if (count > 1 && !config.databaseUrl) {
    // PGlite is one process's database; `auto` then simply means one.
    if (value === 'auto') return 1;
    throw new Error('SIUI_WORKERS > 1 needs SIUI_DATABASE_URL (PostgreSQL): PGlite is single-process');
  }
  return count;
}

/**
 * Decides this process's part. In the primary it prepares, forks and supervises, and resolves
 * `primary` once every worker listens; the caller then has nothing more to do.
 */
export async function startCluster(config: Config): Promise<ProcessRole> {
  if (cluster.isWorker) return 'worker';
  const count = workerCount(config);
  if (count === 1) return 'single';
  await prepareForWorkers(config);
  await superviseWorkers(count);
  return 'primary';
}

/** In a worker: tells the primary it listens (the primary prints the one start-up line). */
export function reportListening(server: RunningServer): void {
  process.send?.({
    type: 'siui:listening',
    httpUrl: server.httpUrl,
    onlineUrl: server.onlineUrl,
    kind: server.database.kind,
  });
}

async function prepareForWorkers(config: Config): Promise<void> {
  const database = await openConfiguredDatabase(config);
  try {
    const admin = await ensureAdministrator(database.db, config.adminPassword);
    if (admin.generatedPassword) {
      process.stdout.write(
        `\nUtilizatorul administrator CNAS „admin” a fost creat cu parola: ${admin.generatedPassword}\n` +
          `The CNAS administrator "admin" was created with the password: ${admin.generatedPassword}\n\n`,
      );
    }
  } finally {
    await database.close();
  }
  loadKeyHasher(config);
  // Created once here, before the workers race to create it.
  openCheckpointer(config);
  await loadGatewayTlsIdentity({
    dataDir: config.dataDir,
    certificateFile: config.online.tlsCertFile,
    keyFile: config.online.tlsKeyFile,
  });
  await loadResponderIdentity(config.ocspSigner);
}

function superviseWorkers(count: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const listening = new Set<number>();
    let started = false;
    let stopping = false;
    const fork = () => {
      const worker: Worker = cluster.fork();
      worker.on(
        'message',
        (message: { type?: string; httpUrl?: string; onlineUrl?: string; kind?: string }) => {
          if (message?.type !== 'siui:listening') return;
          listening.add(worker.id);
          if (!started && listening.size === count) {
            started = true;
            process.stdout.write(
              `SIUI Cert ascultă pe / listens on ${message.httpUrl} (consola, /api, /ocsp) și ${message.onlineUrl} ` +
                `(online, TLS mutual) — baza de date / database: ${message.kind} — ${count} procese / workers\n`,
            );
            resolve();
          }
        },
      );
      worker.on('exit', (code, signal) => {
        listening.delete(worker.id);
        if (stopping) return;
        if (!started) {
          stopAll();
          reject(new Error(`a worker stopped while starting (${signal ?? code})`));
          return;
        }
        process.stderr.write(`SIUI worker ${worker.process.pid} stopped (${signal ?? code}); restarting\n`);
        setTimeout(fork, RESTART_DELAY_MS).unref();
      });
    };
    const stopAll = () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.kill('SIGTERM');
    };
    const stop = () => {
      if (stopping) return;
      stopAll();
      const forced = setTimeout(() => process.exit(1), STOP_TIMEOUT_MS);
      forced.unref();
      cluster.on('exit', () => {
        if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      });
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    for (let n = 0; n < count; n += 1) fork();
  });
}
