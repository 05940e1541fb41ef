/**
 * CPU time spent by the server (its process and children, e.g. cluster workers) and by the
 * PostgreSQL backends of the benchmark database during a measurement, from /proc. Requests per
 * second move with whatever else the machine runs; CPU time per request much less so.
 */
import fs from 'node:fs';
import type pg from 'pg';

const TICKS_PER_SECOND = 100;

function ticksOf(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}

function childrenOf(pid: number): number[] {
  try {
    return fs
      .readdirSync(`/proc/${pid}/task`)
      .flatMap((task) => fs.readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim().split(/\s+/))
      .filter(Boolean)
      .map(Number);
  } catch {
    return [];
  }
}

function treeTicks(pid: number): number {
  return ticksOf(pid) + childrenOf(pid).reduce((sum, child) => sum + treeTicks(child), 0);
}

export interface CpuMeter {
  /** Starts a measurement; the returned function ends it: CPU ms of the server and of PostgreSQL. */
  start(): Promise<() => Promise<{ serverMs: number; postgresMs: number }>>;
}

export function cpuMeter(serverPid: number, client: pg.Client, database: string): CpuMeter {
  const backends = async () =>
    (
      await client.query<{ pid: number }>('select pid from pg_stat_activity where datname = $1', [database])
    ).rows.map((row) => row.pid);
  const postgresTicks = async () => new Map((await backends()).map((pid) => [pid, ticksOf(pid)]));
  return {
    async start() {
      const server = treeTicks(serverPid);
      const postgres = await postgresTicks();
      return async () => {
        // Per backend: one that ended during the run (an autovacuum worker, a closed connection)
        // must not take its earlier CPU time out of the sum, as a total of totals did (a negative
        // figure once); its time within the run is lost, so this errs on the low side.
        let ticks = 0;
        for (const [pid, now] of await postgresTicks()) ticks += Math.max(0, now - (postgres.get(pid) ?? 0));
        return {
          serverMs: ((treeTicks(serverPid) - server) * 1000) / TICKS_PER_SECOND,
          postgresMs: (ticks * 1000) / TICKS_PER_SECOND,
        };
      };
    },
  };
}

export interface CpuPerRequest {
  /** Server CPU (all its processes) per request, µs. */
  serverCpuUs?: number;
  /** CPU of the database's PostgreSQL backends per request, µs. */
  postgresCpuUs?: number;
}

/** Runs a measurement and adds the CPU it cost per request. */
export async function withCpu<T extends { requests: number }>(
  meter: CpuMeter | undefined,
  work: () => Promise<T>,
): Promise<T & CpuPerRequest> {
  const stop = await meter?.start();
  const result = await work();
  const cpu = await stop?.();
  if (!cpu || result.requests === 0) return result;
  return {
    ...result,
    serverCpuUs: Math.round((cpu.serverMs * 1000) / result.requests),
    postgresCpuUs: Math.round((cpu.postgresMs * 1000) / result.requests),
  };
}
