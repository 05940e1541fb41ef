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
