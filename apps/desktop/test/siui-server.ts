import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './free-port';

// A real SIUI server (apps/server) as a child process, on free ports of 127.0.0.1 and a fresh
// embedded database, so that the desktop is tested against the same program providers talk to.

const repositoryRoot = path.resolve(import.meta.dirname, '../../..');
export const SIUI_ADMIN_PASSWORD = 'Admin-Parola-Desktop-1';

export interface SiuiServer {
  readonly url: string;
  readonly onlinePort: number;
  readonly dataDir: string;
  /** Stops the process (the data stays), e.g. to test the outbox while SIUI is down. */
  stop(): Promise<void>;
  /** Starts it again on the same ports and data. */
  start(): Promise<void>;
  /** Stops it and deletes its data. */
  dispose(): Promise<void>;
}

export async function startSiuiServer(): Promise<SiuiServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'siui-desktop-server-'));
  const httpPort = await freePort();
  const onlinePort = await freePort();
  const url = `http://127.0.0.1:${httpPort}`;
  let child: ChildProcess | undefined;
  let output = '';

  const start = async () => {
    output = '';
    child = spawn(process.execPath, [path.join(repositoryRoot, 'apps/server/bin/siui.js'), 'serve'], {
      cwd: repositoryRoot,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        SIUI_DATA_DIR: dataDir,
        SIUI_HTTP_PORT: String(httpPort),
        SIUI_ONLINE_PORT: String(onlinePort),
        SIUI_ADMIN_PASSWORD,
        SIUI_LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    await waitForHealth(url, child, () => output);
  };

  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
    running.kill('SIGTERM');
    const timer = setTimeout(() => running.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  };

  await start();
  return {
    url,
    onlinePort,
    dataDir,
    stop,
    start,
    async dispose() {
      await stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the SIUI server exited (${child.exitCode}):\n${output()}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`the SIUI server did not answer at ${url} within 60 s:\n${output()}`);
}
