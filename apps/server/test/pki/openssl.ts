import { spawn } from 'node:child_process';

export interface OpensslResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr together: `openssl ocsp` prints its verdicts on both. */
  output: string;
}

/** Runs the `openssl` CLI; never rejects on a non-zero exit (callers assert on the output). */
export function runOpenssl(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string>; timeoutMs?: number } = {},
): Promise<OpensslResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('openssl', args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      timeout: options.timeoutMs ?? 15_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr, output: `${stdout}\n${stderr}` }));
  });
}
