import fs from 'node:fs';
import path from 'node:path';
import { readSecretFile, removeSecretFile, writeSecretFile } from '../storage/secret-files';

const LOCK_FILE = 'desktop.lock';

/**
 * One window-serving process per data directory: two would run two connections and two heartbeats
 * for one provider. The lock (0600: it holds the launch URL with its secret) lets a second launch
 * open a window on the running one instead.
 */
export function runningInstance(dataDir: string): { pid: number; url: string } | undefined {
  const content = readSecretFile(path.join(dataDir, LOCK_FILE));
  if (!content) return undefined;
  try {
    const lock = JSON.parse(content.toString('utf8')) as { pid?: unknown; url?: unknown };
    if (typeof lock.pid !== 'number' || typeof lock.url !== 'string' || lock.pid === process.pid)
      return undefined;
    process.kill(lock.pid, 0);
    return { pid: lock.pid, url: lock.url };
  } catch {
    return undefined;
  }
}

export function claimInstance(dataDir: string, url: string): () => void {
  const file = path.join(dataDir, LOCK_FILE);
  writeSecretFile(file, JSON.stringify({ pid: process.pid, url }));
  return () => {
    try {
      const lock = JSON.parse(fs.readFileSync(file, 'utf8')) as { pid?: unknown };
      if (lock.pid === process.pid) removeSecretFile(file);
    } catch {
      // already gone
    }
  };
}
