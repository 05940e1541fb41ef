/**
 * `npm run bench` (docs/performance.md): a fresh PostgreSQL database, the real server on it
 * (`siui serve`, NODE_ENV=production), the data made through the API and in SQL, then every
 * benchmark against its baseline measured in the same run. Prints a table and writes
 * bench-results/bench-<date>.json. Everything it starts, it stops; the database is dropped.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { StaffApi } from './api';
import { benchConsole } from './console-bench';
import { cpuMeter } from './cpu';
import { connect, createDatabase, dropDatabase } from './database';
import { enrollRegistry } from './enroll';
import { benchOcsp } from './ocsp-bench';
import { benchOnline } from './online-bench';
import { summariseProfiles } from './profile-summary';
import { type BenchReport, printTable } from './report';
import { generateScaleData } from './scale';
import { startSiui } from './server';
import { log } from './support';
import { benchSuspension } from './suspension';
import { ensureTools } from './tools';

const args = new Set(process.argv.slice(2));
const option = (name: string) =>
  process.argv
    .slice(2)
    .find((arg) => arg.startsWith(`--${name}=`))
    ?.split('=')[1];
const quick = args.has('--quick');
const seconds = Number(option('seconds') ?? (quick ? 3 : 10));
/** The server's SIUI_WORKERS: `auto` (one process per core) unless told otherwise. */
const workers = option('workers') ?? process.env.SIUI_WORKERS ?? 'auto';
const root = path.resolve(import.meta.dirname, '../..');
/** --only=ocsp,online,console,suspension runs those phases (development); all by default. */
const only = option('only')?.split(',');
const phase = (name: string) => !only || only.includes(name);

async function main(): Promise<void> {
  const began = Date.now();
  const loadBefore = os.loadavg()[0] ?? 0;
  if (loadBefore > 0.5)
    log(`the machine is busy (load ${loadBefore.toFixed(2)}): figures will be lower and noisier`);
  ensureTools();
  const name = `siui_bench_${Date.now()}_${randomBytes(2).toString('hex')}`;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'siui-bench-'));
  const profileDir = args.has('--profile') ? path.join(work, 'profiles') : undefined;
  const adminPassword = `Bench-Admin-${randomBytes(6).toString('hex')}`;
  log(`database ${name}, work dir ${work}`);
  const databaseUrl = await createDatabase(name);
  let server: Awaited<ReturnType<typeof startSiui>> | undefined;
  let meterClient: Awaited<ReturnType<typeof connect>> | undefined;
  try {
    server = await startSiui({
      databaseUrl,
      dataDir: path.join(work, 'data'),
      adminPassword,
      workers,
      profileDir,
      serverRoot: option('server-root'),
    });
    log(`server on ${server.httpUrl} and ${server.onlineUrl} (SIUI_WORKERS=${workers})`);
    const registry = await enrollRegistry({
      baseUrl: server.httpUrl,
      adminPassword,
      providers: 33,
      ocspSerials: 500,
    });
    log(`enrolled ${registry.providers.length} providers, ${registry.ocspSerials.length} OCSP serials`);
    const scaleSteps =
      args.has('--no-scale') || (!phase('console') && only)
        ? {}
        : await generateScaleData(databaseUrl, registry.authorityId);
    log(`scale data: ${JSON.stringify(scaleSteps)}`);

    meterClient = await connect(databaseUrl);
    const meter = cpuMeter(server.pid, meterClient, name);
    const ocsp = !phase('ocsp')
      ? undefined
      : await benchOcsp({
          ca: registry.ca,
          serials: registry.ocspSerials,
          oursUrl: server.httpUrl,
          dir: work,
          seconds,
          meter,
        });
    const tlsDir = path.join(work, 'data', 'tls');
    fs.writeFileSync(path.join(work, 'bench-ca.pem'), registry.ca.certificatePem);
    const serverCa = fs.readFileSync(path.join(tlsDir, 'server.pem'), 'utf8');
    log('online gateway');
    const [suspended, ...loadProviders] = registry.providers;
    if (!suspended) throw new Error('no provider');
    const online = !phase('online')
      ? undefined
      : await benchOnline({
          onlineUrl: server.onlineUrl,
          serverCa,
          tlsFiles: {
            key: path.join(tlsDir, 'server-key.pem'),
            cert: path.join(tlsDir, 'server.pem'),
            ca: path.join(work, 'bench-ca.pem'),
          },
          providers: loadProviders,
          seconds,
          databaseUrl,
          meter,
        });
    log('console lists');
    const consoleLists = !phase('console')
      ? undefined
      : await benchConsole({
          cjas: registry.houseAdmin,
          cnas: await StaffApi.login(server.httpUrl, 'admin', adminPassword),
          repeats: quick ? 10 : 30,
        });
    log('suspension latency');
    const suspension = !phase('suspension')
      ? undefined
      : await benchSuspension({
          onlineUrl: server.onlineUrl,
          httpUrl: server.httpUrl,
          serverCa,
          houseAdmin: registry.houseAdmin,
          ca: registry.ca,
          provider: suspended,
          trials: quick ? 10 : 50,
        });
    await meterClient.end();
    meterClient = undefined;
    await server.stop();
    const refusedLines = server
      .output()
      .split('\n')
      .filter((line) => /"level":(50|60)/.test(line));
    server = undefined;
    const report: BenchReport = {
      date: new Date().toISOString(),
      loadAverage: { before: loadBefore, after: os.loadavg()[0] ?? 0 },
      machine: machine(),
      options: {
        seconds,
        workers,
        quick,
        ...(option('server-root') ? { serverRoot: option('server-root') } : {}),
      },
      scaleSteps,
      ocsp,
      online,
      console: consoleLists,
      suspension,
      serverErrors: refusedLines.length,
      totalSeconds: Math.round((Date.now() - began) / 1000),
    };
    if (profileDir) report.profile = summariseProfiles(profileDir, 40);
    printTable(report);
    const out = path.join(root, 'bench-results', `bench-${report.date.replace(/[:.]/g, '-')}.json`);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
    log(`written ${path.relative(root, out)} in ${report.totalSeconds} s`);
  } finally {
    await meterClient?.end().catch(() => {});
    await server?.stop();
    if (!args.has('--keep-db')) await dropDatabase(name);
    if (!profileDir) fs.rmSync(work, { recursive: true, force: true });
  }
}

function machine() {
  const cpu = fs.readFileSync('/proc/cpuinfo', 'utf8');
  return {
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    cpu: /model name\s*:\s*(.*)/.exec(cpu)?.[1] ?? os.cpus()[0]?.model ?? 'unknown',
    node: process.version,
  };
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
