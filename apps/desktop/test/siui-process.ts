import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

// `siui serve` as a child process that can be stopped and started again on the same settings —
// SIUI going away and coming back is what the desktop's outbox is tested against. Shared by the
// desktop's tests and the guide's screenshot specs.

export const REPOSITORY_ROOT = path.resolve(import.meta.dirname, '../../..');
const SIUI = path.join(REPOSITORY_ROOT, 'apps/server/bin/siui.js');

export interface SiuiProcess {
  /** Starts `siui serve` and resolves once /api/health answers. */
  start(): Promise<void>;
  /** SIGTERM, then SIGKILL after 10 s; the data stays. */
  stop(): Promise<void>;
  /** What the process printed since it was last started. */
  output(): string;
}

export function siuiProcess(url: string, env: NodeJS.ProcessEnv): SiuiProcess {
  let child: ChildProcess | undefined;
  let output = '';
  return {
    async start() {
      output = '';
      const started = spawn(process.execPath, [SIUI, 'serve'], {
        cwd: REPOSITORY_ROOT,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child = started;
      const collect = (chunk: Buffer) => {
        output += chunk.toString();
      };
      started.stdout?.on('data', collect);
      started.stderr?.on('data', collect);
      await waitForHealth(url, started, () => output);
    },
    async stop() {
      const running = child;
      child = undefined;
      if (!running || running.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
      running.kill('SIGTERM');
      const timer = setTimeout(() => running.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
    output: () => output,
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
