// A certificate file chosen or dropped in the console, made ready for the API's `certificatePem`:
// the text of a PEM (or base64) file as it is, the bytes of a DER file (.cer/.crt/.der) in base64.

export const CERTIFICATE_FILE_ACCEPT = '.pem,.cer,.crt,.der';

/** A certificate is a few kilobytes; the API takes at most 200,000 characters. */
export const MAX_CERTIFICATE_FILE_BYTES = 100 * 1024;

export type CertificateFile =
  | { ok: true; name: string; content: string }
  | { ok: false; name: string; reason: 'TOO_LARGE' | 'UNREADABLE' };

const BASE64_TEXT = /^[A-Za-z0-9+/=\s]+$/;

/** What the API takes as `certificatePem` for a file's bytes. */
export function certificateUploadText(bytes: Uint8Array): string {
  const text = new TextDecoder('utf-8').decode(bytes);
  if (text.includes('-----BEGIN') || BASE64_TEXT.test(text)) return text.trim();
  return base64Of(bytes);
}

function base64Of(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let start = 0; start < bytes.length; start += chunk) {
    binary += String.fromCharCode(...bytes.subarray(start, start + chunk));
  }
  return btoa(binary);
}

/** Reads a chosen file; never throws. */
export async function readCertificateFile(file: File): Promise<CertificateFile> {
  if (file.size > MAX_CERTIFICATE_FILE_BYTES) return { ok: false, name: file.name, reason: 'TOO_LARGE' };
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    return { ok: true, name: file.name, content: certificateUploadText(bytes) };
  } catch {
    return { ok: false, name: file.name, reason: 'UNREADABLE' };
  }
}
