import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SignedCheckpoint } from './checkpoint';
import { appendCheckpoints, checkpointFile, readCheckpointLines } from './checkpoint-log';

let dataDir: string;
beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'siui-cplog-'));
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const line = (seq: number): SignedCheckpoint => ({
  v: 1,
  chain: seq % 2 ? 'audit' : 'ocsp-log',
  from: seq - 1,
  seq,
  headId: seq,
  head: 'f'.repeat(64),
  fp: 'AAAAAA==',
  at: '2026-12-04T12:00:00.000Z',
  key: '0123456789abcdef',
  sig: 'x'.repeat(86),
});

describe('checkpoint file', () => {
  it('only grows, owner-only, and reads back every line across megabytes in order', () => {
    const file = checkpointFile(dataDir);
    const count = 6_000; // ≈ 1.7 MB: several read chunks, lines cut at chunk edges
    for (let start = 1; start <= count; start += 1_000) {
      appendCheckpoints(
        file,
        Array.from({ length: 1_000 }, (_, i) => line(start + i)),
      );
    }
    expect(fs.statSync(file).size).toBeGreaterThan(1 << 20);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const lines = readCheckpointLines(file);
    expect(lines).toHaveLength(count);
    expect(
      lines.every((entry, index) => entry.line === index + 1 && entry.checkpoint?.seq === index + 1),
    ).toBe(true);
  });

  it('reads a missing file as empty and a garbled line as malformed', () => {
    const file = checkpointFile(dataDir);
    expect(readCheckpointLines(file)).toEqual([]);
    fs.writeFileSync(
      file,
      `${JSON.stringify(line(1))}\n{"v":2}\n\n${JSON.stringify({ ...line(2), head: 'zz' })}\n`,
    );
    expect(readCheckpointLines(file).map((entry) => [entry.line, entry.checkpoint === null])).toEqual([
      [1, false],
      [2, true],
      [4, true],
    ]);
  });
});
