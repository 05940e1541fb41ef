import fs from 'node:fs';
import path from 'node:path';

// PGlite is a single-process database: two processes opening the same files would corrupt them.
// A lock file holding the owner's pid refuses the second opener with a clear message.

export class DataDirLockedError extends Error {
  override name = 'DataDirLockedError';
  constructor(
    readonly dataDir: string,
    readonly ownerPid: number,
  ) {
    super(
      `Baza de date încorporată din ${dataDir} este deschisă de procesul ${ownerPid} (serverul rulează?). ` +
        `/ The embedded database in ${dataDir} is open in process ${ownerPid} (is the server running?).`,
    );
  }
}

export function acquireDataDirLock(dataDir: string): () => void {
  const lockFile = path.join(dataDir, '..', 'pgdata.lock');
  const owner = readLiveOwner(lockFile);
  if (owner !== undefined && owner !== process.pid) throw new DataDirLockedError(dataDir, owner);
  fs.writeFileSync(lockFile, String(process.pid), { mode: 0o600 });
  return () => {
    if (readLiveOwner(lockFile) === process.pid) fs.rmSync(lockFile, { force: true });
  };
}

/** The pid in the lock file if that process is still alive. */
export function readLiveOwner(lockFile: string): number | undefined {
  let pid: number;
  try {
    pid = Number.parseInt(fs.readFileSync(lockFile, 'utf8'), 10);
  } catch {
    return undefined;
  }
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : undefined;
  }
}
