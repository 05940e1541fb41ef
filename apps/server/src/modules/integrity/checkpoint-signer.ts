import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  sign,
  verify,
} from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

// The key that seals the heads of the audit trail and the Log OCSP. It lives in a file, never in the
// database, so someone who can write to the database (and recompute every hash there) still cannot
// produce a checkpoint that agrees with the rewritten history. Ed25519: small, fast, deterministic.

export interface CheckpointSigner {
  /** First 16 hex digits of SHA-256 over the public key (SPKI DER); names the key in each checkpoint. */
  keyId: string;
  sign(payload: Buffer): string;
  verify(payload: Buffer, signature: string): boolean;
}

export const DEFAULT_KEY_FILE = path.join('keys', 'audit-signing-key.pem');

export class CheckpointKeyError extends Error {
  override name = 'CheckpointKeyError';
}

/**
 * The key from `SIUI_AUDIT_SIGNING_KEY` (must exist) or from the data directory, created there once.
 * A file that is there but not an Ed25519 PKCS#8 key stops us: replacing it would silently orphan
 * every checkpoint signed so far.
 */
export function loadCheckpointSigner(options: {
  dataDir: string;
  keyFile?: string | undefined;
  create?: boolean;
}): CheckpointSigner {
  const file = options.keyFile ?? path.join(options.dataDir, DEFAULT_KEY_FILE);
  if (!options.keyFile && options.create !== false) createOnce(file);
  let pem: string;
  try {
    pem = fs.readFileSync(file, 'utf8');
  } catch {
    throw new CheckpointKeyError(
      `${file}: lipsește cheia de semnare a jurnalelor / the audit signing key is missing`,
    );
  }
  return signerFrom(parseKey(file, pem));
}

function createOnce(file: string): void {
  if (fs.existsSync(file)) return;
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  // Written whole under a temporary name, then linked into place: a crash never leaves half a key,
  // and link fails when the file exists (another worker made it a moment ago): keep theirs.
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, pem, { mode: 0o600 });
  try {
    fs.linkSync(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    fs.rmSync(temporary, { force: true });
  }
}

function parseKey(file: string, pem: string): KeyObject {
  const damaged = new CheckpointKeyError(
    `${file}: cheia de semnare a jurnalelor este coruptă (se așteaptă Ed25519 PKCS#8 PEM) / ` +
      'the audit signing key is damaged (expected an Ed25519 PKCS#8 PEM)',
  );
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: pem, format: 'pem' });
  } catch {
    throw damaged;
  }
  if (key.asymmetricKeyType !== 'ed25519') throw damaged;
  return key;
}

function signerFrom(privateKey: KeyObject): CheckpointSigner {
  const publicKey = createPublicKey(privateKey);
  const spki = publicKey.export({ type: 'spki', format: 'der' });
  return {
    keyId: createHash('sha256').update(spki).digest('hex').slice(0, 16),
    sign: (payload) => sign(null, payload, privateKey).toString('base64'),
    verify: (payload, signature) => {
      try {
        return verify(null, payload, publicKey, Buffer.from(signature, 'base64'));
      } catch {
        return false;
      }
    },
  };
}
