import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DesktopError } from '../errors/desktop-error';
import { DATABASE_FILE, openDesktopDatabase } from './database';
import { MIGRATIONS } from './migrations';
import { SecretBox } from './secret-box';

const directories: string[] = [];
function tempDir(): string {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'siui-desktop-storage-'));
  directories.push(directory);
  return directory;
}
afterEach(() => {
  for (const directory of directories.splice(0)) fs.rmSync(directory, { recursive: true, force: true });
});

describe('local database', () => {
  it('is created in WAL mode at the latest schema version, readable by its owner only', () => {
    const dataDir = tempDir();
    const db = openDesktopDatabase(dataDir);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    db.close();
    expect(fs.statSync(path.join(dataDir, DATABASE_FILE)).mode & 0o777).toBe(0o600);
    // Opening again does not re-run the migrations.
    openDesktopDatabase(dataDir).close();
  });

  it('refuses a database from a newer version of the application', () => {
    const dataDir = tempDir();
    const db = openDesktopDatabase(dataDir);
    db.pragma(`user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    expect(() => openDesktopDatabase(dataDir)).toThrow(/versiune mai nouă/);
  });
});

describe('SecretBox', () => {
  it('seals with a key file of mode 0600 and opens only with the same context', () => {
    const dataDir = tempDir();
    const box = SecretBox.open(dataDir);
    const sealed = box.seal('-----BEGIN PRIVATE KEY-----', 'certificate-private-key');
    expect(sealed).not.toContain('PRIVATE KEY');
    expect(SecretBox.open(dataDir).unseal(sealed, 'certificate-private-key')).toBe(
      '-----BEGIN PRIVATE KEY-----',
    );
    expect(() => box.unseal(sealed, 'activation-key')).toThrow();
    expect(fs.statSync(path.join(dataDir, 'local-secret.key')).mode & 0o777).toBe(0o600);
  });

  it('stops on a damaged key file instead of replacing it, and leaves the file as it was', () => {
    const dataDir = tempDir();
    SecretBox.open(dataDir).seal('secret', 'x');
    const file = path.join(dataDir, 'local-secret.key');
    fs.writeFileSync(file, fs.readFileSync(file).subarray(0, 20)); // cut short by a full disk
    let refusal: unknown;
    try {
      SecretBox.open(dataDir);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(DesktopError);
    expect((refusal as DesktopError).describe('ro')).toContain('este deteriorat');
    expect((refusal as DesktopError).describe('en')).toContain('is damaged');
    expect(fs.readFileSync(file)).toHaveLength(20);
  });

  it('cannot open what another data directory sealed', () => {
    const sealed = SecretBox.open(tempDir()).seal('secret', 'x');
    expect(() => SecretBox.open(tempDir()).unseal(sealed, 'x')).toThrow();
  });
});
