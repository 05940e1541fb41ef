import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type CliResult, runCli } from '../../test/cli-runner';

const BIN = path.resolve(import.meta.dirname, '../../bin/siui-desktop.js');
const LAUNCH_URL = /http:\/\/127\.0\.0\.1:\d+\/\?k=[\w-]+/;

/**
 * `siui-desktop start --no-open` on a fresh data directory: what `npm run desktop` runs; `--no-open`
 * only prints the window's address, which the browser under test opens instead. Also used by the
 * guide's screenshot specs.
 */
export interface DesktopApp {
  /**
   * A launch address with its secret, as an app window opens it. Each opens one window only: every
   * call gives a fresh one, after the first by running `start --no-open` again, as a person opening
   * a second window does.
   */
  launchUrl(): Promise<string>;
  dataDir: string;
  /** A CLI command on the same data directory and SIUI server. */
  cli(...args: string[]): Promise<CliResult>;
  stop(): Promise<void>;
}

export async function startDesktopApp(serverUrl: string): Promise<DesktopApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'siui-desktop-e2e-'));
  const child: ChildProcess = spawn(
    process.execPath,
    [BIN, '--data-dir', dataDir, '--server', serverUrl, 'start', '--no-open'],
    {
      env: { ...process.env, LANG: 'ro_RO.UTF-8', LC_ALL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const firstLaunchUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the desktop did not start:\n${output}`)), 90_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = LAUNCH_URL.exec(output);
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
  const cli = (...args: string[]) => runCli(['--data-dir', dataDir, '--server', serverUrl, ...args]);
  let unused: string | undefined = firstLaunchUrl;
  return {
    async launchUrl() {
      const first = unused;
      unused = undefined;
      if (first) return first;
      const again = await cli('start', '--no-open');
      const url = LAUNCH_URL.exec(again.stdout)?.[0];
      if (!url) throw new Error(`the second start gave no launch address:\n${again.stdout}${again.stderr}`);
      return url;
    },
    dataDir,
    cli,
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
