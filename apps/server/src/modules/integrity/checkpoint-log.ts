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

const CHUNK_BYTES = 1 << 20;

/**
 * Calls `visit` with every line of the file in order, numbered from 1; a file that does not exist
 * has none. Read a chunk at a time: years of checkpoints outgrow what one string may hold.
 */
export function forEachCheckpointLine(file: string, visit: (entry: CheckpointLine) => void): void {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  try {
    const chunk = Buffer.alloc(CHUNK_BYTES);
    let pending = Buffer.alloc(0);
    let lineNumber = 0;
    for (;;) {
      const read = fs.readSync(fd, chunk, 0, CHUNK_BYTES, null);
      if (read === 0) break;
      pending = Buffer.concat([pending, chunk.subarray(0, read)]);
      let start = 0;
      for (let end = pending.indexOf(10, start); end !== -1; end = pending.indexOf(10, start)) {
        lineNumber += 1;
        const raw = pending.subarray(start, end).toString('utf8');
        start = end + 1;
        if (raw.trim() !== '') visit(parseLine(lineNumber, raw));
      }
      pending = pending.subarray(start);
    }
    // What follows the last newline is a line the running server is still writing: not yet a
    // checkpoint, and no evidence against one.
  } finally {
    fs.closeSync(fd);
  }
}

export function readCheckpointLines(file: string): CheckpointLine[] {
  const lines: CheckpointLine[] = [];
  forEachCheckpointLine(file, (entry) => lines.push(entry));
  return lines;
}

function parseLine(line: number, raw: string): CheckpointLine {
  const parsed = lineSchema.safeParse(safeJson(raw));
  return parsed.success
    ? { line, checkpoint: parsed.data }
    : { line, checkpoint: null, problem: 'MALFORMED' };
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}
