import { type ChildProcess, execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPOSITORY_ROOT } from './demo-scene';

// The provider desktop as `npm run desktop -- --server <url>` starts it, on its own data directory;
// `--no-open` only prints the window's address, which the browser under test opens instead.

const SIUI_DESKTOP = path.join(REPOSITORY_ROOT, 'apps/desktop/bin/siui-desktop.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface ProviderDesktop {
  /** The launch address with its per-launch secret, as the app window opens it. */
  launchUrl: string;
  dataDir: string;
  /** `npx siui-desktop --data-dir … --server … <args>`: the same program, for scripts. */
  cli(...args: string[]): Promise<CliResult>;
  stop(): Promise<void>;
}

const desktopEnv = (): NodeJS.ProcessEnv => ({ ...process.env, LANG: 'ro_RO.UTF-8', LC_ALL: '' });

export async function startDesktop(serverUrl: string): Promise<ProviderDesktop> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'siui-docs-desktop-'));
  const child: ChildProcess = spawn(
    process.execPath,
    [SIUI_DESKTOP, '--data-dir', dataDir, '--server', serverUrl, 'start', '--no-open'],
    { cwd: REPOSITORY_ROOT, env: desktopEnv(), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const launchUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the desktop did not start:\n${output}`)), 60_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?k=[\w-]+/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[0]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the desktop exited (${code}):\n${output}`));
    });
  });
  return {
    launchUrl,
    dataDir,
    cli: (...args) =>
      new Promise((resolve) => {
        execFile(
          process.execPath,
          [SIUI_DESKTOP, '--data-dir', dataDir, '--server', serverUrl, ...args],
          { cwd: REPOSITORY_ROOT, env: desktopEnv(), timeout: 60_000 },
          (error, stdout, stderr) => {
            const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
            resolve({ code, stdout, stderr });
          },
        );
      }),
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
