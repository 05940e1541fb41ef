/** Runs wrk with ocsp-post.lua and reads the figures the script prints. */
import path from 'node:path';
import { round, run } from './support';

export interface LoadResult {
  requests: number;
  seconds: number;
  rps: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
}

const script = path.join(import.meta.dirname, 'ocsp-post.lua');

export async function runWrk(options: {
  url: string;
  connections: number;
  seconds: number;
  threads?: number;
  bodiesFile: string;
  mode: 'post' | 'get';
}): Promise<LoadResult> {
  const { stdout } = await run('wrk', [
    `-t${options.threads ?? 1}`,
    `-c${options.connections}`,
    `-d${options.seconds}s`,
    '--timeout',
    '5s',
    '-s',
    script,
    options.url,
    '--',
    options.bodiesFile,
    options.mode,
  ]);
  const line = stdout.split('\n').find((text) => text.startsWith('BENCH_JSON '));
  if (!line) throw new Error(`wrk printed no figures:\n${stdout}`);
  const figures = JSON.parse(line.slice('BENCH_JSON '.length)) as {
    requests: number;
    durationUs: number;
    errors: Record<'connect' | 'read' | 'write' | 'status' | 'timeout', number>;
    latencyUs: { p50: number; p99: number };
  };
  const seconds = figures.durationUs / 1e6;
  const { connect, read, write, timeout, status } = figures.errors;
  return {
    requests: figures.requests,
    seconds: round(seconds),
    rps: Math.round(figures.requests / seconds),
    p50Ms: round(figures.latencyUs.p50 / 1000, 3),
    p99Ms: round(figures.latencyUs.p99 / 1000, 3),
    errors: connect + read + write + timeout,
    non2xx: status,
  };
}
