import type { ChainObserver } from '../audit/audit-hash';
import { type ChainName, type Checkpoint, checkpointSignatureValid, fingerprintAt } from './checkpoint';
import { readCheckpointLines } from './checkpoint-log';
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

/** Reads and checks the checkpoint file; with no signer (no key) every checkpoint is unverifiable. */
export function loadCheckpointEvidence(signer: CheckpointSigner | null, file: string): CheckpointEvidence {
  const valid: Record<ChainName, Checkpoint[]> = { audit: [], 'ocsp-log': [] };
  const problems: CheckpointProblem[] = [];
  for (const entry of readCheckpointLines(file)) {
    const checkpoint = entry.checkpoint;
    if (!checkpoint) {
      problems.push({ line: entry.line, problem: 'MALFORMED' });
    } else if (!signer || checkpoint.key !== signer.keyId) {
      problems.push({ line: entry.line, problem: 'UNKNOWN_KEY' });
    } else if (!checkpointSignatureValid(signer, checkpoint) || !coherent(checkpoint)) {
      problems.push({ line: entry.line, problem: 'BAD_SIGNATURE' });
    } else {
      valid[checkpoint.chain].push(checkpoint);
    }
  }
  return { anchors: { audit: anchorOf(valid.audit), 'ocsp-log': anchorOf(valid['ocsp-log']) }, problems };
}

/** A signed line whose fingerprints do not cover its stretch was not written by us. */
function coherent(checkpoint: Checkpoint): boolean {
  return (
    checkpoint.seq > checkpoint.from &&
    Buffer.from(checkpoint.fp, 'base64').length === (checkpoint.seq - checkpoint.from) * 4
  );
}

/**
 * Checkpoints sorted by where they start; the walk visits positions in order, so those covering the
 * current position (normally one; several when workers sealed the same stretch) are a small window.
 */
function anchorOf(checkpoints: Checkpoint[]): ChainAnchor {
  const sorted = [...checkpoints].sort((a, b) => a.from - b.from || a.seq - b.seq);
  const decoded = sorted.map((checkpoint) => Buffer.from(checkpoint.fp, 'base64'));
  let next = 0;
  let active: number[] = [];
  const observe: ChainObserver = (position, hash) => {
    active = active.filter((index) => (sorted[index] as Checkpoint).seq >= position);
    while (next < sorted.length && (sorted[next] as Checkpoint).from < position) {
      if ((sorted[next] as Checkpoint).seq >= position) active.push(next);
      next += 1;
    }
    return active.every((index) => {
      const checkpoint = sorted[index] as Checkpoint;
      if (position === checkpoint.seq && hash !== checkpoint.head) return false;
      return fingerprintAt(checkpoint, decoded[index] as Buffer, position) === hash.slice(0, 8);
    });
  };
  return {
    observe,
    sealedUpTo: sorted.reduce((most, c) => Math.max(most, c.seq), 0),
    checkpoints: sorted.length,
  };
}
