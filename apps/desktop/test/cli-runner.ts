import { type ChildProcess, execFile, spawn } from 'node:child_process';
import path from 'node:path';

const BIN = path.resolve(import.meta.dirname, '../bin/siui-desktop.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `siui-desktop …` as a person would, in a child process; never throws on a non-zero exit. */
export function runCli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { env: { ...process.env, LANG: 'ro_RO.UTF-8', LC_ALL: '', ...env }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** Starts `siui-desktop …` and returns the running child, e.g. to kill it half-way. */
export function spawnCli(args: string[]): ChildProcess {
  return spawn(process.execPath, [BIN, ...args], {
    env: { ...process.env, LANG: 'ro_RO.UTF-8', LC_ALL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}
