import type { Executor } from '../../db/executor';
import { GENESIS_HASH } from '../audit/audit-hash';
import { auditLinksAfter } from '../audit/audit-verifier';
import { ocspLogLinksAfter } from '../ocsp-log/ocsp-log-seal';
import {
  type ChainName,
  checkpointSignatureValid,
  fingerprints,
  type SignedCheckpoint,
  signCheckpoint,
} from './checkpoint';
import { appendCheckpoints, forEachCheckpointLine } from './checkpoint-log';
import type { CheckpointSigner } from './checkpoint-signer';
import { type CheckpointEvidence, loadCheckpointEvidence } from './checkpoint-verifier';

// Writes signed checkpoints of both chains, carrying on from the last one this data directory holds.
// It reads only what was added since (ids and hashes), so a tick costs what the new rows cost. A
// stretch that does not link to the last signed head is not signed: that is rewritten history, and
// signing it would bless it.

const MAX_ENTRIES_PER_CHECKPOINT = 10_000;

interface Head {
  seq: number;
  headId: number;
  head: string;
}

interface Link {
  id: number;
  prevHash: string;
  hash: string;
}

export interface CheckpointRun {
  written: SignedCheckpoint[];
  /** Chains whose new entries do not continue from the last signed head. */
  refused: ChainName[];
}

export class ChainCheckpointer {
  private constructor(
    private readonly signer: CheckpointSigner,
    private readonly file: string,
    private readonly heads: Map<ChainName, Head>,
    private readonly clock: () => Date,
  ) {}

  /** Resumes from the highest valid checkpoint of each chain in the file. */
  static open(
    signer: CheckpointSigner,
    file: string,
    clock: () => Date = () => new Date(),
  ): ChainCheckpointer {
    const heads = new Map<ChainName, Head>();
    forEachCheckpointLine(file, ({ checkpoint }) => {
      if (!checkpoint || !checkpointSignatureValid(signer, checkpoint)) return;
      const known = heads.get(checkpoint.chain);
      if (!known || checkpoint.seq > known.seq) {
        heads.set(checkpoint.chain, {
          seq: checkpoint.seq,
          headId: checkpoint.headId,
          head: checkpoint.head,
        });
      }
    });
    return new ChainCheckpointer(signer, file, heads, clock);
  }

  /** Everything the file holds, checked with this key, for the integrity check. */
  evidence(): CheckpointEvidence {
    return loadCheckpointEvidence(this.signer, this.file);
  }

  async checkpoint(db: Executor): Promise<CheckpointRun> {
    const run: CheckpointRun = { written: [], refused: [] };
    for (const chain of ['audit', 'ocsp-log'] as const) {
      for (;;) {
        const result = await this.checkpointStretch(db, chain);
        if (result === 'refused') run.refused.push(chain);
        if (result === 'refused' || result === null) break;
        run.written.push(result);
        if (result.seq - result.from < MAX_ENTRIES_PER_CHECKPOINT) break;
      }
    }
    return run;
  }

  private async checkpointStretch(
    db: Executor,
    chain: ChainName,
  ): Promise<SignedCheckpoint | 'refused' | null> {
    const last = this.heads.get(chain) ?? { seq: 0, headId: 0, head: GENESIS_HASH };
    const links = await readLinks(db, chain, last);
    if (links.length === 0) return null;
    let previous = last.head;
    for (const link of links) {
      if (link.prevHash !== previous) return 'refused';
      previous = link.hash;
    }
    const head = links.at(-1) as Link;
    const checkpoint = signCheckpoint(this.signer, {
      chain,
      from: last.seq,
      seq: last.seq + links.length,
      headId: head.id,
      head: head.hash,
      fp: fingerprints(links.map((link) => link.hash)),
      at: this.clock().toISOString(),
    });
    appendCheckpoints(this.file, [checkpoint]);
    this.heads.set(chain, { seq: checkpoint.seq, headId: checkpoint.headId, head: checkpoint.head });
    return checkpoint;
  }
}

async function readLinks(db: Executor, chain: ChainName, last: Head): Promise<Link[]> {
  if (chain === 'audit') {
    const rows = await auditLinksAfter(db, last.headId, MAX_ENTRIES_PER_CHECKPOINT);
    return rows.map((row) => ({ id: row.id, prevHash: row.prev_hash, hash: row.hash }));
  }
  const rows = await ocspLogLinksAfter(db, last.seq, MAX_ENTRIES_PER_CHECKPOINT);
  const links: Link[] = [];
  for (const [index, row] of rows.entries()) {
    // A gap in seal_seq is a hole in the chain: stop before it, the verifier will name it.
    if (Number(row.seal_seq) !== last.seq + index + 1 || row.prev_hash === null || row.hash === null) break;
    links.push({ id: Number(row.id), prevHash: row.prev_hash, hash: row.hash });
  }
  return links;
}
