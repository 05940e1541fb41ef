import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

// Activation keys are never stored: only HMAC-SHA-256(secret, key). The hash is the lookup key
// (unique index, O(1)) and comparisons are constant-time. The secret comes from SIUI_KEY_SECRET
// or from a file generated in the data directory on first use; instances sharing one database
// must share the secret (set SIUI_KEY_SECRET).

export class KeyHasher {
  constructor(private readonly secret: Buffer) {}

  /** `key` in canonical form (as normalizeLicenseKey returns it); dashes are not part of the hash. */
  hash(key: string): string {
    return createHmac('sha256', this.secret).update(key.replaceAll('-', '')).digest('hex');
  }

  matches(key: string, storedHash: string): boolean {
    const actual = Buffer.from(this.hash(key), 'hex');
    const expected = Buffer.from(storedHash, 'hex');
    return actual.length === expected.length && timingSafeEqual(actual, expected);
  }
}

const SECRET_FILE = 'activation-key.secret';

export function loadKeyHasher(options: { keySecret: string | undefined; dataDir: string }): KeyHasher {
  if (options.keySecret) return new KeyHasher(Buffer.from(options.keySecret, 'utf8'));
  const directory = path.join(options.dataDir, 'keys');
  const file = path.join(directory, SECRET_FILE);
  fs.mkdirSync(directory, { recursive: true, mode: 0o700 });
  try {
    // 'wx' fails if another process created it first; then we read theirs.
    fs.writeFileSync(file, randomBytes(32).toString('hex'), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const secret = fs.readFileSync(file, 'utf8').trim();
  if (!/^[0-9a-f]{64}$/.test(secret)) {
    throw new Error(
      `${file}: secretul cheilor de activare este corupt / the activation-key secret is corrupt`,
    );
  }
  return new KeyHasher(Buffer.from(secret, 'hex'));
}
