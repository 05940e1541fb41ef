import type { FastifyBaseLogger } from 'fastify';
import type { Executor } from './db/executor';
import { deleteExpiredSessions } from './modules/auth/session.repository';
import type { ChainCheckpointer } from './modules/integrity/chain-checkpointer';
import { dailyCheckDue, runIntegrityChecks } from './modules/integrity/integrity.service';
import { sealOcspLogBacklog } from './modules/ocsp-log/ocsp-log-seal';
import { deleteStaleCounters } from './modules/rate-limits/rate-limit.repository';

// Housekeeping every instance runs: sealing new Log OCSP rows into the chain and signing a checkpoint
// of both chains' heads into the data directory (seconds), the daily
// integrity check, and clearing expired sessions and throttling counters. A failure is logged and
// retried at the next tick; the database being away must not stop the process. The integrity check
// walks both whole chains (minutes at millions of rows), so instances only ask, at staggered times,
// whether one of them already ran it within the day.

export interface BackgroundJobs {
  stop(): void;
}

export function startBackgroundJobs(
  db: Executor,
  log: FastifyBaseLogger,
  options: {
    sealEveryMs?: number;
    integrityEveryMs?: number;
    firstIntegrityAfterMs?: number;
    idleSeconds: number;
    /** Signs the chain heads after a seal; without it the chains are anchored only in the database. */
    checkpoints?: ChainCheckpointer;
    /** At most this often (a line per chain each time something was added): bounds the file's growth. */
    checkpointEveryMs?: number;
  },
): BackgroundJobs {
  const timers: NodeJS.Timeout[] = [];
  const guarded = (name: string, job: () => Promise<unknown>) => {
    let running = false;
    return () => {
      if (running) return;
      running = true;
      job()
        .catch((error: unknown) =>
          log.warn({ err: { message: (error as Error).message }, job: name }, 'background job failed'),
        )
        .finally(() => {
          running = false;
        });
    };
  };
  const sealEveryMs = options.sealEveryMs ?? 2_000;
  const { checkpoints } = options;
  const checkpointEveryMs = options.checkpointEveryMs ?? 30_000;
  let lastCheckpointAt = Number.NEGATIVE_INFINITY;
  const seal = guarded('seal', async () => {
    await sealOcspLogBacklog(db, sealEveryMs * 0.75);
    if (!checkpoints || performance.now() - lastCheckpointAt < checkpointEveryMs) return;
    lastCheckpointAt = performance.now();
    const run = await checkpoints.checkpoint(db);
    for (const chain of run.refused) {
      log.error({ chain }, 'checkpoint refused: the chain no longer continues from its last signed head');
    }
  });
  const integrityPeriodMs = options.integrityEveryMs ?? 24 * 3_600_000;
  const integrity = guarded('integrity', async () => {
    if (!(await dailyCheckDue(db, new Date(), integrityPeriodMs))) return;
    const evidence = checkpoints?.evidence();
    if (evidence?.problems.length) {
      log.error(
        { problems: evidence.problems.slice(0, 20) },
        'integrity check: signed checkpoints that do not verify',
      );
    }
    const results = await runIntegrityChecks(db, 'daily', new Date(), evidence);
    for (const result of results) {
      if (!result.intact) log.error({ integrity: result }, 'integrity check failed: a log was tampered with');
    }
  });
  const cleanup = guarded('cleanup', async () => {
    const now = new Date();
    await deleteExpiredSessions(db, now, new Date(now.getTime() - options.idleSeconds * 1000));
    await deleteStaleCounters(db, new Date(now.getTime() - 24 * 3_600_000));
  });
  timers.push(setInterval(seal, sealEveryMs));
  // Asked every few minutes, first between one and six minutes after start (instances started
  // together do not ask at the same moment).
  const askEveryMs = Math.min(integrityPeriodMs, 5 * 60_000);
  const firstAskMs = options.firstIntegrityAfterMs ?? 60_000 + Math.floor(Math.random() * 5 * 60_000);
  timers.push(
    setTimeout(() => {
      integrity();
      const repeat = setInterval(integrity, askEveryMs);
      repeat.unref();
      timers.push(repeat);
    }, firstAskMs),
  );
  timers.push(setInterval(cleanup, 3_600_000));
  for (const timer of timers) timer.unref();
  return {
    stop() {
      for (const timer of timers) clearInterval(timer);
    },
  };
}
