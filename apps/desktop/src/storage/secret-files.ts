import fs from 'node:fs';
import path from 'node:path';

// Secrets (the local encryption key, the sealed activation key) live in files only their owner
// can read (mode 0600), written whole through a temporary file so a crash never leaves half a key.

export function writeSecretFile(file: string, content: string | Buffer): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, content, { mode: 0o600 });
  fs.renameSync(temporary, file);
  try {
    fs.chmodSync(file, 0o600);
  } catch {
    // Windows: no POSIX modes.
  }
}

/**
 * Writes `content` only if `file` does not exist yet (linked into place, so two processes starting at
 * once never overwrite each other); returns what the file holds afterwards.
 */
export function createSecretFileOnce(file: string, content: Buffer): Buffer {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.new`;
  fs.writeFileSync(temporary, content, { mode: 0o600 });
  try {
    fs.linkSync(temporary, file);
    return content;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return fs.readFileSync(file);
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}

export function readSecretFile(file: string): Buffer | undefined {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

export function removeSecretFile(file: string): void {
  fs.rmSync(file, { force: true });
}
