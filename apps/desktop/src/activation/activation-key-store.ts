import path from 'node:path';
import type { SecretBox } from '../storage/secret-box';
import { readSecretFile, removeSecretFile, writeSecretFile } from '../storage/secret-files';

const KEY_FILE = 'activation-key.sealed';
const CONTEXT = 'siui-activation-key';

/**
 * The activation key is the provider's password for online login, so it never goes into the
 * database, the logs or the UI: it lives sealed in its own 0600 file, read only to log in.
 */
export class ActivationKeyStore {
  private readonly file: string;

  constructor(
    dataDir: string,
    private readonly box: SecretBox,
  ) {
    this.file = path.join(dataDir, KEY_FILE);
  }

  save(key: string): void {
    writeSecretFile(this.file, this.box.seal(key, CONTEXT));
  }

  load(): string | undefined {
    const sealed = readSecretFile(this.file);
    return sealed ? this.box.unseal(sealed.toString('utf8'), CONTEXT) : undefined;
  }

  remove(): void {
    removeSecretFile(this.file);
  }
}
