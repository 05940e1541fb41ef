import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { SignedCheckpoint } from './checkpoint';

// The checkpoints, one JSON line each, in a file next to the data that is only ever appended to
// (opened with 'a': each line goes in one write at the end, even with several workers writing).
// Operators may make it append-only for the OS too (`chattr +a`) and ship it off the host.

export const CHECKPOINT_FILE = 'audit-checkpoints.jsonl';

const lineSchema = z.object({
  v: z.literal(1),
  chain: z.enum(['audit', 'ocsp-log']),
  from: z.number().int().min(0),
  seq: z.number().int().min(1),
  headId: z.number().int(),
  head: z.string().regex(/^[0-9a-f]{64}$/),
  fp: z.string(),
  at: z.string(),
  key: z.string(),
  sig: z.string(),
});

export function checkpointFile(dataDir: string): string {
  return path.join(dataDir, CHECKPOINT_FILE);
}

export function appendCheckpoints(file: string, checkpoints: SignedCheckpoint[]): void {
  if (checkpoints.length === 0) return;
  const text = checkpoints.map((checkpoint) => `${JSON.stringify(checkpoint)}\n`).join('');
  const fd = fs.openSync(file, 'a', 0o600);
  try {
    fs.writeSync(fd, text);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export type CheckpointLine =
  | { line: number; checkpoint: SignedCheckpoint }
  | { line: number; checkpoint: null; problem: 'MALFORMED' };

/** Every line of the file, numbered from 1; a file that does not exist has none. */
export function readCheckpointLines(file: string): CheckpointLine[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const lines: CheckpointLine[] = [];
  const raws = text.split('\n');
  // What follows the last newline is a line still being written by the running server: not yet a
  // checkpoint, and no evidence against one.
  raws.pop();
  raws.forEach((raw, index) => {
    if (raw.trim() === '') return;
    const parsed = lineSchema.safeParse(safeJson(raw));
    lines.push(
      parsed.success
        ? { line: index + 1, checkpoint: parsed.data }
        : { line: index + 1, checkpoint: null, problem: 'MALFORMED' },
    );
  });
  return lines;
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}
