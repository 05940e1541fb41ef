import { X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import { MAX_CERTIFICATE_FILE_BYTES, pemBlocks } from '../certificate/certificate-input';
import { DesktopError } from '../errors/desktop-error';

/**
 * `--ca FILE`: the certificate authority (or the self-signed certificate) of a SIUI server whose
 * HTTPS certificate no public root vouches for. Only its certificates are kept, re-encoded, so a
 * key or stray text in the same file never reaches the settings.
 */
export function readServerCaFile(file: string): string {
  let bytes: Buffer;
  try {
    if (fs.statSync(file).size > MAX_CERTIFICATE_FILE_BYTES)
      throw new DesktopError('CA_FILE_UNREADABLE', { file });
    bytes = fs.readFileSync(file);
  } catch (error) {
    if (error instanceof DesktopError) throw error;
    throw new DesktopError('FILE_NOT_FOUND', { file }, { cause: error });
  }
  const certificates = pemBlocks(bytes.toString('latin1'))
    .filter((block) => block.label === 'CERTIFICATE')
    .map((block) => {
      try {
        return new X509Certificate(block.pem).toString();
      } catch (error) {
        throw new DesktopError('CA_FILE_UNREADABLE', { file }, { cause: error });
      }
    });
  if (certificates.length === 0) throw new DesktopError('CA_FILE_UNREADABLE', { file });
  return certificates.join('');
}
