import type { Executor } from '../../db/executor';
import { verifyAuditChain } from '../audit/audit-verifier';
import { sealOcspLog, verifyOcspLogChain } from '../ocsp-log/ocsp-log-seal';
import type { CheckpointEvidence } from './checkpoint-verifier';

export type IntegrityScope = 'audit' | 'ocsp-log';

export interface IntegrityResult {
  scope: IntegrityScope;
  intact: boolean;
  checked: number;
  brokenAt: number | null;
  reason: 'CONTENT_CHANGED' | 'CHAIN_BROKEN' | 'REWRITTEN' | 'TRUNCATED' | null;
  unsealed: number | null;
  durationMs: number;
}

/**
 * Verifies both chains and records the outcome. A chain shorter than an earlier intact check saw,
 * or than a signed checkpoint vouches for, means rows were cut from its end, which the links alone
 * cannot show. With the checkpoints, a consistently recomputed rewrite is found too.
 */
export async function runIntegrityChecks(
  db: Executor,
  trigger: string,
  now = new Date(),
  evidence?: CheckpointEvidence,
): Promise<IntegrityResult[]> {
  await sealOcspLog(db);
  const results: IntegrityResult[] = [];
  for (const scope of ['audit', 'ocsp-log'] as const) {
    const started = performance.now();
    const anchor = evidence?.anchors[scope];
    const observe = anchor?.observe ?? (() => true);
    const verification =
      scope === 'audit'
        ? await verifyAuditChain(db, undefined, observe)
        : await verifyOcspLogChain(db, undefined, observe);
    const previous = await lastIntactCheck(db, scope);
    let result: IntegrityResult = {
      scope,
      intact: verification.intact,
      checked: verification.checked,
      brokenAt: verification.intact ? null : verification.brokenAt.id,
      reason: verification.intact ? null : verification.brokenAt.reason,
      unsealed: 'unsealed' in verification ? verification.unsealed : null,
      durationMs: Math.round(performance.now() - started),
    };
    const vouched = Math.max(previous?.checked ?? 0, anchor?.sealedUpTo ?? 0);
    if (result.intact && result.checked < vouched) {
      result = { ...result, intact: false, reason: 'TRUNCATED' };
    }
    await db
      .insertInto('integrity_checks')
      .values({
        at: now,
        scope,
        intact: result.intact,
        checked: result.checked,
        broken_at: result.brokenAt,
        reason: result.reason,
        unsealed: result.unsealed,
        duration_ms: result.durationMs,
        trigger,
      })
      .execute();
    results.push(result);
  }
  return results;
}

/**
 * Whether the daily check is due: no instance sharing the database has recorded one within the
 * period. Every instance (and every worker) asks often, and only one walks the chains each day.
 */
export async function dailyCheckDue(db: Executor, now: Date, periodMs: number): Promise<boolean> {
  const last = await db
    .selectFrom('integrity_checks')
    .select('at')
    .where('trigger', '=', 'daily')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return !last || now.getTime() - new Date(last.at).getTime() >= periodMs;
}

async function lastIntactCheck(db: Executor, scope: IntegrityScope) {
  return db
    .selectFrom('integrity_checks')
    .select(['checked'])
    .where('scope', '=', scope)
    .where('intact', '=', true)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function recentIntegrityChecks(db: Executor, limit = 30) {
  return db.selectFrom('integrity_checks').selectAll().orderBy('id', 'desc').limit(limit).execute();
}
