/** Starts the real server (`siui serve`) as a child process, the way an operator would. */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { freePort, sleep } from './support';

export interface RunningSiui {
  pid: number;
  httpUrl: string;
  onlineUrl: string;
  /** Everything the server printed (stdout and stderr). */
  output(): string;
  stop(): Promise<void>;
}

const root = path.resolve(import.meta.dirname, '../..');

export async function startSiui(options: {
  databaseUrl: string;
  dataDir: string;
  adminPassword: string;
  workers: string | undefined;
  profileDir: string | undefined;
  /** Another checkout to run the server from (to measure a former version); this one by default. */
  serverRoot?: string | undefined;
}): Promise<RunningSiui> {
  const serverRoot = options.serverRoot ?? root;
  const httpPort = await freePort();
  const onlinePort = await freePort();
  const nodeArgs = options.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`] : [];
  const child = spawn(
    process.execPath,
    [...nodeArgs, path.join(serverRoot, 'apps/server/bin/siui.js'), 'serve'],
    {
      cwd: serverRoot,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        SIUI_DATABASE_URL: options.databaseUrl,
        SIUI_DATA_DIR: options.dataDir,
        SIUI_HTTP_HOST: '127.0.0.1',
        SIUI_HTTP_PORT: String(httpPort),
        SIUI_ONLINE_PORT: String(onlinePort),
        SIUI_ADMIN_PASSWORD: options.adminPassword,
        SIUI_WEB_DIST: path.join(options.dataDir, 'no-console'),
        // The benchmark floods /ocsp from 127.0.0.1 on purpose: measured, not throttled.
        SIUI_OCSP_RATE_PER_SECOND: '1000000000',
        SIUI_OCSP_RATE_BURST: '1000000000',
        ...(options.workers ? { SIUI_WORKERS: options.workers } : {}),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString('utf8');
  });
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const httpUrl = `http://127.0.0.1:${httpPort}`;
  await waitUntilReady(child, httpUrl, () => output);
  return {
    pid: child.pid ?? 0,
    httpUrl,
    onlineUrl: `https://127.0.0.1:${onlinePort}`,
    output: () => output,
    stop: () => stopChild(child).finally(() => process.off('exit', killOnExit)),
  };
}

async function waitUntilReady(child: ChildProcess, httpUrl: string, output: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`siui serve exited with ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${httpUrl}/api/health`);
      // With several workers, wait until the output says every one listens.
      if (response.ok && /listens on/.test(output())) return;
    } catch {}
    await sleep(250);
  }
  throw new Error(`siui serve did not answer in time:\n${output()}`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
