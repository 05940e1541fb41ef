import type { ChainObserver } from '../audit/audit-hash';
import { type ChainName, type Checkpoint, checkpointSignatureValid, FINGERPRINT_BYTES } from './checkpoint';
import { forEachCheckpointLine } from './checkpoint-log';
import type { CheckpointSigner } from './checkpoint-signer';

// Compares a chain walked from the database with the checkpoints signed outside it. A checkpoint
// whose signature does not hold is reported and not used; every valid one must agree with the
// database at each position it covers, or history there was rewritten (even if every hash in the
// database was recomputed to match).

export interface CheckpointProblem {
  line: number;
  problem: 'MALFORMED' | 'BAD_SIGNATURE' | 'UNKNOWN_KEY';
}

export interface ChainAnchor {
  observe: ChainObserver;
  /** The highest position a valid checkpoint vouches for (0 when none). */
  sealedUpTo: number;
  checkpoints: number;
}

export interface CheckpointEvidence {
  anchors: Record<ChainName, ChainAnchor>;
  problems: CheckpointProblem[];
}

/** What a verified checkpoint vouches for, kept small: a year of them is held at once. */
interface Stretch {
  from: number;
  seq: number;
  head: string;
  fingerprints: Buffer;
}

/** Reads and checks the checkpoint file; with no signer (no key) every checkpoint is unverifiable. */
export function loadCheckpointEvidence(signer: CheckpointSigner | null, file: string): CheckpointEvidence {
  const valid: Record<ChainName, Stretch[]> = { audit: [], 'ocsp-log': [] };
  const problems: CheckpointProblem[] = [];
  forEachCheckpointLine(file, (entry) => {
    const checkpoint = entry.checkpoint;
    if (!checkpoint) {
      problems.push({ line: entry.line, problem: 'MALFORMED' });
    } else if (!signer || checkpoint.key !== signer.keyId) {
      problems.push({ line: entry.line, problem: 'UNKNOWN_KEY' });
    } else if (!checkpointSignatureValid(signer, checkpoint) || !coherent(checkpoint)) {
      problems.push({ line: entry.line, problem: 'BAD_SIGNATURE' });
    } else {
      const { from, seq, head } = checkpoint;
      valid[checkpoint.chain].push({ from, seq, head, fingerprints: Buffer.from(checkpoint.fp, 'base64') });
    }
  });
  return { anchors: { audit: anchorOf(valid.audit), 'ocsp-log': anchorOf(valid['ocsp-log']) }, problems };
}

/** A signed line whose fingerprints do not cover its stretch was not written by us. */
function coherent(checkpoint: Checkpoint): boolean {
  const bytes = Buffer.from(checkpoint.fp, 'base64').length;
  return checkpoint.seq > checkpoint.from && bytes === (checkpoint.seq - checkpoint.from) * FINGERPRINT_BYTES;
}

/**
 * Stretches sorted by where they start; the walk visits positions in order, so those covering the
 * current position (normally one; several when workers sealed the same stretch) are a small window.
 */
function anchorOf(stretches: Stretch[]): ChainAnchor {
  const sorted = [...stretches].sort((a, b) => a.from - b.from || a.seq - b.seq);
  let next = 0;
  let active: Stretch[] = [];
  const observe: ChainObserver = (position, hash) => {
    active = active.filter((stretch) => stretch.seq >= position);
    for (let stretch = sorted[next]; stretch && stretch.from < position; stretch = sorted[++next]) {
      if (stretch.seq >= position) active.push(stretch);
    }
    const fingerprint = Buffer.from(hash.slice(0, FINGERPRINT_BYTES * 2), 'hex');
    return active.every((stretch) => {
      if (position === stretch.seq && hash !== stretch.head) return false;
      const offset = (position - stretch.from - 1) * FINGERPRINT_BYTES;
      return stretch.fingerprints.subarray(offset, offset + FINGERPRINT_BYTES).equals(fingerprint);
    });
  };
  return {
    observe,
    sealedUpTo: sorted.reduce((most, stretch) => Math.max(most, stretch.seq), 0),
    checkpoints: sorted.length,
  };
}
