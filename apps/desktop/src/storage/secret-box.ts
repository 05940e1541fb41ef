import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import path from 'node:path';
import { DesktopError } from '../errors/desktop-error';
import { createSecretFileOnce, readSecretFile } from './secret-files';

const KEY_FILE = 'local-secret.key';
const KEY_BYTES = 32;
const VERSION = 'v1';

/**
 * Seals secrets at rest with AES-256-GCM under a random key kept in a 0600 file of the data
 * directory. A copy of the database alone (a backup, a synced folder) reveals no private key;
 * someone who can read the user's files can read both, which is why the files are the user's only.
 */
export class SecretBox {
  private constructor(private readonly key: Buffer) {}

  /**
   * The key is made once, when the file does not exist. A file that exists but is not a key (cut
   * short, overwritten) is an error: replacing it would silently make every sealed secret unreadable.
   */
  static open(dataDir: string): SecretBox {
    const file = path.join(dataDir, KEY_FILE);
    const key = readSecretFile(file) ?? createSecretFileOnce(file, randomBytes(KEY_BYTES));
    if (key.length !== KEY_BYTES) throw new DesktopError('LOCAL_SECRET_DAMAGED', { file });
    return new SecretBox(key);
  }

  seal(plaintext: string, context: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    // The context (what the secret is) is authenticated: a sealed key cannot be swapped for another.
    cipher.setAAD(Buffer.from(context));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [
      VERSION,
      iv.toString('base64'),
      cipher.getAuthTag().toString('base64'),
      body.toString('base64'),
    ].join('.');
  }

  unseal(sealed: string, context: string): string {
    const [version, iv, tag, body] = sealed.split('.');
    if (version !== VERSION || !iv || !tag || body === undefined)
      throw new Error('sealed secret: unknown format');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64'));
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
  }
}
