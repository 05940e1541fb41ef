import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from './database';

// The embedded database holds password hashes and patients' CNPs: other accounts on the machine
// must not read its files, whatever the umask, and a directory left too open is closed again.

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

const modeOf = (dir: string) => fs.statSync(dir).mode & 0o777;

describe('embedded database directory', () => {
  it('is created readable by its owner only', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'siui-pgdata-'));
    dirs.push(dataDir);
    const previous = process.umask(0o022);
    try {
      const database = await openDatabase({ dataDir });
      await database.close();
    } finally {
      process.umask(previous);
    }
    expect(modeOf(path.join(dataDir, 'pgdata'))).toBe(0o700);
  });

  it('is closed again when it was left open to others', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'siui-pgdata-'));
    dirs.push(dataDir);
    fs.mkdirSync(path.join(dataDir, 'pgdata'), { mode: 0o755 });
    fs.chmodSync(path.join(dataDir, 'pgdata'), 0o777);
    const database = await openDatabase({ dataDir });
    await database.close();
    expect(modeOf(path.join(dataDir, 'pgdata'))).toBe(0o700);
  });
});
