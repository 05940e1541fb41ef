/**
 * Turns what a person uploads or pastes (PEM, DER, or bare base64 DER) into certificate DER bytes.
 * Only the framing is checked here; certificate.ts checks the structure.
 */
import { CertificateParseError } from './certificate-parse-error';
import { PemConverter } from './x509';

/** Larger than any real certificate, small enough that a pasted blob cannot be used to exhaust memory. */
export const MAX_CERTIFICATE_INPUT_BYTES = 64 * 1024;

const DER_SEQUENCE_TAG = 0x30;
const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;
const CERTIFICATE_LABELS = new Set(['CERTIFICATE', 'X509 CERTIFICATE']);

export function decodeCertificateInput(input: string | Uint8Array): Uint8Array {
  const size = typeof input === 'string' ? Buffer.byteLength(input, 'utf8') : input.byteLength;
  if (size > MAX_CERTIFICATE_INPUT_BYTES) {
    throw new CertificateParseError('TOO_LARGE', `certificate input is ${size} bytes, the limit is 64 KiB`);
  }
  if (typeof input !== 'string') {
    if (input.byteLength === 0) throw new CertificateParseError('EMPTY', 'certificate input is empty');
    // A DER certificate always starts with a SEQUENCE tag; anything else may be a PEM or base64 file.
    if (input[0] === DER_SEQUENCE_TAG) return input;
    return decodeText(Buffer.from(input.buffer, input.byteOffset, input.byteLength).toString('utf8'));
  }
  return decodeText(input);
}

function decodeText(text: string): Uint8Array {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed.length === 0) throw new CertificateParseError('EMPTY', 'certificate input is empty');
  if (trimmed.includes('-----BEGIN ')) return decodeFirstPemCertificate(trimmed);
  return decodeBase64(trimmed, 'certificate input is neither PEM, DER nor base64 DER');
}

function decodeFirstPemCertificate(text: string): Uint8Array {
  for (const match of text.matchAll(PEM_BLOCK)) {
    const [, label = '', body = ''] = match;
    if (!CERTIFICATE_LABELS.has(label)) continue;
    // RFC 7468 forbids headers in CERTIFICATE blocks, but old tools emit them; they are not base64.
    const base64 = body
      .split(/\r?\n/)
      .filter((line) => !line.includes(':'))
      .join('');
    return decodeBase64(base64, 'the PEM CERTIFICATE block is not valid base64');
  }
  throw new CertificateParseError('NOT_A_CERTIFICATE', 'the PEM input holds no CERTIFICATE block');
}

function decodeBase64(text: string, failureMessage: string): Uint8Array {
  const compact = text.replace(/\s+/g, '');
  // Buffer.from(…, 'base64') silently skips invalid characters, so validate the alphabet first.
  if (compact.length === 0 || compact.length % 4 === 1 || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) {
    throw new CertificateParseError('NOT_A_CERTIFICATE', failureMessage);
  }
  const bytes = new Uint8Array(Buffer.from(compact, 'base64'));
  if (bytes[0] !== DER_SEQUENCE_TAG) throw new CertificateParseError('NOT_A_CERTIFICATE', failureMessage);
  return bytes;
}

/** PEM armour for DER bytes (RFC 7468), newline-terminated so PEM files concatenate. */
export function toPem(der: Uint8Array, label = 'CERTIFICATE'): string {
  return `${PemConverter.encode(der, label)}\n`;
}
