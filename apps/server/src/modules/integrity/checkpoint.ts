import stringify from 'safe-stable-stringify';
import type { CheckpointSigner } from './checkpoint-signer';

// One checkpoint seals a stretch of one chain: the entries at positions from+1 … seq, the hash of
// the entry at seq (the head) and a 4-byte fingerprint of every entry's hash in the stretch. The
// signed head proves whether history up to seq is the one seen; the fingerprints only say *which*
// entry was rewritten first, so they can be short (a wrong guess costs 2^-32, never a false "intact").

export type ChainName = 'audit' | 'ocsp-log';

export interface Checkpoint {
  v: 1;
  chain: ChainName;
  /** Position of the last entry the previous checkpoint covered (0 at the start of the chain). */
  from: number;
  /** Position (1-based) of the head: how many entries the chain had. */
  seq: number;
  /** Database id of the head entry. */
  headId: number;
  head: string;
  /** base64 of 4 bytes per entry from+1 … seq. */
  fp: string;
  at: string;
  key: string;
}

export interface SignedCheckpoint extends Checkpoint {
  sig: string;
}

export const FINGERPRINT_BYTES = 4;

export function fingerprints(hashes: string[]): string {
  return Buffer.concat(
    hashes.map((hash) => Buffer.from(hash.slice(0, FINGERPRINT_BYTES * 2), 'hex')),
  ).toString('base64');
}

function payload(checkpoint: Checkpoint): Buffer {
  const { v, chain, from, seq, headId, head, fp, at, key } = checkpoint;
  return Buffer.from(stringify({ v, chain, from, seq, headId, head, fp, at, key }) ?? '', 'utf8');
}

export function signCheckpoint(
  signer: CheckpointSigner,
  checkpoint: Omit<Checkpoint, 'key' | 'v'>,
): SignedCheckpoint {
  const unsigned: Checkpoint = { v: 1, ...checkpoint, key: signer.keyId };
  return { ...unsigned, sig: signer.sign(payload(unsigned)) };
}

export function checkpointSignatureValid(signer: CheckpointSigner, checkpoint: SignedCheckpoint): boolean {
  return checkpoint.key === signer.keyId && signer.verify(payload(checkpoint), checkpoint.sig);
}
