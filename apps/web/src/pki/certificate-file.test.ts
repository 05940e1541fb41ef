import { describe, expect, it } from 'vitest';
import { certificateUploadText, readCertificateFile } from './certificate-file';

const PEM = '-----BEGIN CERTIFICATE-----\nMIIB0jCCAXmgAwIBAgIU\n-----END CERTIFICATE-----\n';

describe('certificate files for the API', () => {
  it('sends a PEM file as its text', () => {
    expect(certificateUploadText(new TextEncoder().encode(PEM))).toBe(PEM.trim());
  });

  it('sends the bytes of a DER file in base64', () => {
    const der = new Uint8Array([0x30, 0x82, 0x01, 0xd2, 0x30, 0x82, 0x01, 0x79, 0xa0, 0x03, 0xff, 0x00]);
    expect(certificateUploadText(der)).toBe('MIIB0jCCAXmgA/8A');
  });

  it('sends a base64 text file as it is', () => {
    expect(certificateUploadText(new TextEncoder().encode('MIIB0jCCAXmg\nAwIBAgIU\n'))).toBe(
      'MIIB0jCCAXmg\nAwIBAgIU',
    );
  });

  it('encodes a large DER file without overflowing the call stack', () => {
    const der = new Uint8Array(90_000).map((_, index) => (index * 7) % 256);
    const decoded = Uint8Array.from(atob(certificateUploadText(der)), (char) => char.charCodeAt(0));
    expect(decoded).toEqual(der);
  });

  it('refuses a file too large to be a certificate', async () => {
    const file = new File([new Uint8Array(200 * 1024)], 'big.der');
    expect(await readCertificateFile(file)).toEqual({ ok: false, name: 'big.der', reason: 'TOO_LARGE' });
  });

  it('reads a chosen file', async () => {
    const file = new File([PEM], 'ca.pem');
    expect(await readCertificateFile(file)).toEqual({ ok: true, name: 'ca.pem', content: PEM.trim() });
  });
});
