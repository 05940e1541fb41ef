import { createPrivateKey, type KeyObject, X509Certificate } from 'node:crypto';
import { DesktopError } from '../errors/desktop-error';
import { PasswordCharactersError, readPkcs12, WrongPasswordError } from './pkcs12/pkcs12-reader';

/** A certificate with its private key and the rest of its chain, as imported. */
export interface CertificateWithKey {
  certificate: X509Certificate;
  privateKey: KeyObject;
  chain: X509Certificate[];
}

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]+?-----END \1-----/g;

/** A .p12/.pfx file, or a PEM file holding both the certificate and its key. */
export function readCertificateFile(bytes: Uint8Array, password: string): CertificateWithKey {
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
    if (error instanceof PasswordCharactersError) {
      throw new DesktopError('P12_PASSWORD_CHARACTERS', {}, { cause: error });
    }
    throw new DesktopError('CERTIFICATE_FILE_UNREADABLE', {}, { cause: error });
  }
}

/** A PEM certificate (possibly followed by its chain) and a PEM private key, maybe encrypted. */
export function readPemPair(certificateText: string, keyText: string, password = ''): CertificateWithKey {
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

function pemBlocks(text: string): { label: string; pem: string }[] {
  return [...text.matchAll(PEM_BLOCK)].map((match) => ({ label: match[1] ?? '', pem: match[0] }));
}
