import { createHash } from 'node:crypto';
import { type Selectable, sql } from 'kysely';
import stringify from 'safe-stable-stringify';
import type { Executor } from '../../db/executor';
import type { OcspLogTable } from '../../db/schema';
import { type ChainObserver, GENESIS_HASH } from '../audit/audit-hash';

// The Log OCSP's hash chain. The gateway inserts rows without hashes (one plain INSERT on the hot
// path); the sealer then takes the unsealed rows in id order, gives each the next seal_seq and the
// hash of its content chained to the previous one. One sealer at a time across all instances.

const SEAL_LOCK = 7_261_003;
const BATCH = 5_000;

type LogRow = Selectable<OcspLogTable>;

export function hashLogRow(previousHash: string, row: LogRow): string {
  const canonical =
    stringify({
      id: row.id,
      at: new Date(row.at).toISOString(),
      house: row.insurance_house_code,
      providerId: row.provider_id,
      providerCode: row.provider_code,
      externalUserId: row.external_user_id,
      externalUsername: row.external_username,
      certificateSerial: row.certificate_serial,
      issuingAuthorityId: row.issuing_authority_id,
      operation: row.operation,
      result: row.result,
      reasonCode: row.reason_code,
      clientIp: row.client_ip,
      details: row.details ?? null,
    }) ?? '';
  return createHash('sha256').update(previousHash).update('\n').update(canonical).digest('hex');
}

/**
 * Seals batch after batch until nothing waits or the time budget is spent: at month-end sessions
 * and reports write rows faster than one batch per tick would seal them. Returns the rows sealed.
 */
export async function sealOcspLogBacklog(db: Executor, budgetMs: number): Promise<number> {
  const until = performance.now() + budgetMs;
  let sealed = 0;
  for (;;) {
    const batch = await sealOcspLog(db);
    sealed += batch;
    if (batch < BATCH || performance.now() >= until) return sealed;
  }
}

/** Seals one batch of what is waiting; how many rows it sealed (0 when another instance holds the lock). */
export async function sealOcspLog(db: Executor): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const locked = await sql<{
      locked: boolean;
    }>`select pg_try_advisory_xact_lock(${SEAL_LOCK}) as locked`.execute(trx);
    if (!locked.rows[0]?.locked) return 0;
    const last = await trx
      .selectFrom('ocsp_log')
      .select(['seal_seq', 'hash'])
      .where('seal_seq', 'is not', null)
      .orderBy('seal_seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    let sequence = last?.seal_seq ?? 0;
    let previous = last?.hash ?? GENESIS_HASH;
    const rows = await trx
      .selectFrom('ocsp_log')
      .selectAll()
      .where('seal_seq', 'is', null)
      .orderBy('id')
      .limit(BATCH)
      .execute();
    if (rows.length === 0) return 0;
    const seals = rows.map((row) => {
      sequence += 1;
      const hash = hashLogRow(previous, row);
      const seal = { id: row.id, seq: sequence, prev: previous, hash };
      previous = hash;
      return seal;
    });
    await sql`
      update ocsp_log as l set seal_seq = v.seq, prev_hash = v.prev, hash = v.hash
      from (values ${sql.join(seals.map((s) => sql`(${s.id}::bigint, ${s.seq}::bigint, ${s.prev}, ${s.hash})`))})
        as v(id, seq, prev, hash)
      where l.id = v.id`.execute(trx);
    return rows.length;
  });
}

export type LogVerification =
  | { intact: true; checked: number; unsealed: number }
  | {
      intact: false;
      checked: number;
      unsealed: number;
      brokenAt: { id: number; reason: 'CONTENT_CHANGED' | 'CHAIN_BROKEN' | 'REWRITTEN' };
    };

/**
 * Walks the sealed chain in seal order; rows not sealed yet are counted, not judged. The observer
 * (the signed checkpoints) is asked about every row that holds.
 */
export async function verifyOcspLogChain(
  db: Executor,
  batchSize = 5_000,
  observe: ChainObserver = () => true,
): Promise<LogVerification> {
  let previous = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  const unsealed = Number(
    (
      await db
        .selectFrom('ocsp_log')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('seal_seq', 'is', null)
        .executeTakeFirstOrThrow()
    ).n,
  );
  for (;;) {
    const rows = await db
      .selectFrom('ocsp_log')
      .selectAll()
      .where('seal_seq', '>=', expectedSeq)
      .orderBy('seal_seq')
      .limit(batchSize)
      .execute();
    for (const row of rows) {
      if (row.seal_seq !== expectedSeq || row.prev_hash !== previous) {
        return { intact: false, checked, unsealed, brokenAt: { id: row.id, reason: 'CHAIN_BROKEN' } };
      }
      if (hashLogRow(previous, row) !== row.hash) {
        return { intact: false, checked, unsealed, brokenAt: { id: row.id, reason: 'CONTENT_CHANGED' } };
      }
      if (!observe(expectedSeq, row.hash)) {
        return { intact: false, checked, unsealed, brokenAt: { id: row.id, reason: 'REWRITTEN' } };
      }
      previous = row.hash;
      expectedSeq += 1;
      checked += 1;
    }
    if (rows.length < batchSize) return { intact: true, checked, unsealed };
  }
}

/** The sealed links (seal_seq, id, prev_hash, hash) after a position, in order, for the checkpoints. */
export async function ocspLogLinksAfter(db: Executor, afterSeq: number, size: number) {
  return db
    .selectFrom('ocsp_log')
    .select(['seal_seq', 'id', 'prev_hash', 'hash'])
    .where('seal_seq', '>', afterSeq)
    .orderBy('seal_seq')
    .limit(size)
    .execute();
}
