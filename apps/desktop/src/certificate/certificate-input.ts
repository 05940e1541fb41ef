import { createPrivateKey, type KeyObject, X509Certificate } from 'node:crypto';
import { DesktopError } from '../errors/desktop-error';
import { MAX_KDF_ITERATIONS } from './pkcs12/kdf-iteration-cap';
import {
  KdfTooCostlyError,
  PasswordCharactersError,
  readPkcs12,
  WrongPasswordError,
} from './pkcs12/pkcs12-reader';

/** A certificate with its private key and the rest of its chain, as imported. */
export interface CertificateWithKey {
  certificate: X509Certificate;
  privateKey: KeyObject;
  chain: X509Certificate[];
}

/** A certificate with its chain and key is a few kilobytes; anything far larger is not one. */
export const MAX_CERTIFICATE_FILE_BYTES = 2 * 1024 * 1024;
const PEM_LABEL = /^[A-Z0-9 ]{1,64}$/;
/** More blocks than any certificate chain holds: the rest of such a file is not read. */
const MAX_PEM_BLOCKS = 32;

function assertSize(length: number): void {
  if (length > MAX_CERTIFICATE_FILE_BYTES) {
    throw new DesktopError('CERTIFICATE_FILE_TOO_LARGE', {
      max: `${MAX_CERTIFICATE_FILE_BYTES / 1024 / 1024} MiB`,
    });
  }
}

/** A .p12/.pfx file, or a PEM file holding both the certificate and its key. */
export function readCertificateFile(bytes: Uint8Array, password: string): CertificateWithKey {
  assertSize(bytes.length);
  const text = Buffer.from(bytes).toString('latin1');
  if (text.includes('-----BEGIN ')) return readPemPair(text, text, password);
  try {
    const contents = readPkcs12(bytes, password);
    if (contents.privateKeys.length === 0) throw new DesktopError('P12_NO_KEY');
    return pairUp(contents.certificates, contents.privateKeys, 'P12_NO_CERTIFICATE');
  } catch (error) {
    if (error instanceof DesktopError) throw error;
    if (error instanceof WrongPasswordError)
      throw new DesktopError('P12_WRONG_PASSWORD', {}, { cause: error });
    if (error instanceof KdfTooCostlyError) {
      throw new DesktopError('P12_KDF_TOO_COSTLY', { max: String(MAX_KDF_ITERATIONS) }, { cause: error });
    }
    if (error instanceof PasswordCharactersError) {
      throw new DesktopError('P12_PASSWORD_CHARACTERS', {}, { cause: error });
    }
    throw new DesktopError('CERTIFICATE_FILE_UNREADABLE', {}, { cause: error });
  }
}

/** A PEM certificate (possibly followed by its chain) and a PEM private key, maybe encrypted. */
export function readPemPair(certificateText: string, keyText: string, password = ''): CertificateWithKey {
  assertSize(Math.max(certificateText.length, keyText.length));
  const certificates = pemBlocks(certificateText)
    .filter((block) => block.label === 'CERTIFICATE')
    .map((block) => {
      try {
        return new X509Certificate(block.pem);
      } catch (error) {
        throw new DesktopError('CERTIFICATE_FILE_UNREADABLE', {}, { cause: error });
      }
    });
  if (certificates.length === 0) throw new DesktopError('CERTIFICATE_FILE_UNREADABLE');
  const keyBlock = pemBlocks(keyText).find((block) => block.label.endsWith('PRIVATE KEY'));
  if (!keyBlock) throw new DesktopError('PEM_KEY_UNREADABLE');
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey({ key: keyBlock.pem, format: 'pem', passphrase: password });
  } catch (error) {
    throw new DesktopError('PEM_KEY_UNREADABLE', {}, { cause: error });
  }
  return pairUp(certificates, [privateKey], 'KEY_DOES_NOT_MATCH_CERTIFICATE');
}

/** The provider's certificate is the one its private key belongs to; the others are its chain. */
function pairUp(
  certificates: X509Certificate[],
  privateKeys: KeyObject[],
  missing: 'P12_NO_CERTIFICATE' | 'KEY_DOES_NOT_MATCH_CERTIFICATE',
): CertificateWithKey {
  for (const privateKey of privateKeys) {
    const certificate = certificates.find((candidate) => candidate.checkPrivateKey(privateKey));
    if (certificate) {
      if (certificate.ca) throw new DesktopError('CERTIFICATE_IS_CA');
      return { certificate, privateKey, chain: certificates.filter((other) => other !== certificate) };
    }
  }
  throw new DesktopError(missing);
}

/**
 * The PEM blocks of a text, found in one pass: every search starts where the previous one ended, so
 * a hostile file (thousands of BEGIN lines without an END) costs no more than reading it once — a
 * backtracking regular expression would rescan the rest of the file for each of them.
 */
export function pemBlocks(text: string): { label: string; pem: string }[] {
  const blocks: { label: string; pem: string }[] = [];
  let from = 0;
  while (blocks.length < MAX_PEM_BLOCKS) {
    const begin = text.indexOf(PEM_BEGIN, from);
    if (begin < 0) break;
    const labelEnd = text.indexOf(PEM_DASHES, begin + PEM_BEGIN.length);
    if (labelEnd < 0) break;
    const end = text.indexOf(PEM_END, labelEnd + PEM_DASHES.length);
    if (end < 0) break;
    const label = text.slice(begin + PEM_BEGIN.length, labelEnd);
    const closing = `${PEM_END}${label}${PEM_DASHES}`;
    if (PEM_LABEL.test(label) && text.startsWith(closing, end)) {
      blocks.push({ label, pem: text.slice(begin, end + closing.length) });
      from = end + closing.length;
    } else {
      from = end + PEM_END.length;
    }
  }
  return blocks;
}

const PEM_BEGIN = '-----BEGIN ';
const PEM_END = '-----END ';
const PEM_DASHES = '-----';
