import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createTempDir,
  createTestCa,
  issueLeafCertificate,
  runOpenssl,
  type TestCa,
  type TestCertificate,
} from '../../test/pki';
import { CertificateParseError, parseCertificate, validityState, verifyIssuedBy } from './certificate';

const DAY_MS = 86_400_000;

function parseFailure(input: string | Uint8Array): string {
  try {
    parseCertificate(input);
  } catch (error) {
    expect(error).toBeInstanceOf(CertificateParseError);
    return error instanceof CertificateParseError ? error.code : 'WRONG_ERROR';
  }
  return 'PARSED';
}

describe('parseCertificate', () => {
  let ca: TestCa;
  let otherCa: TestCa;
  let leaf: TestCertificate;

  beforeAll(async () => {
    ca = await createTestCa({ name: 'CertSIGN Test, S.A.', ocspUrl: 'http://ocsp.test.ro/' });
    otherCa = await createTestCa({ name: 'Alt Emitent', keyAlgorithm: 'rsa' });
    leaf = await issueLeafCertificate(ca, {
      commonName: 'Cabinet Medical Dr. Popescu',
      organization: 'Cabinet Medical Popescu SRL',
      extraSubject: [{ type: 'organizationIdentifier', value: 'VATRO-18547290' }],
      serialNumber: '00A30F',
      crlUrl: 'http://crl.test.ro/ca.crl',
    });
  });

  it('reads PEM, DER, base64 DER and PEM bytes to the same certificate', () => {
    const fromPem = parseCertificate(leaf.certificatePem);
    const base64 = Buffer.from(leaf.certificateDer).toString('base64');
    for (const input of [
      leaf.certificateDer,
      base64,
      `  ${base64.replace(/(.{64})/g, '$1\n')}\n`,
      new Uint8Array(Buffer.from(leaf.certificatePem)),
      leaf.certificatePem.replace(/\n/g, '\r\n'),
    ]) {
      expect(parseCertificate(input).sha256Fingerprint).toBe(fromPem.sha256Fingerprint);
    }
    expect(fromPem.pem).toBe(leaf.certificatePem);
  });

  it('takes the first CERTIFICATE block of a multi-block PEM', () => {
    const bundle = `Bag Attributes: junk\n${leaf.privateKeyPem}${leaf.certificatePem}${ca.certificatePem}`;
    expect(parseCertificate(bundle).serialNumber).toBe('A30F');
    expect(parseCertificate(ca.certificatePem + leaf.certificatePem).isCa).toBe(true);
  });

  it('describes a provider certificate', () => {
    const cert = parseCertificate(leaf.certificatePem);
    expect(cert).toMatchObject({
      serialNumber: 'A30F',
      subjectDn:
        'C=RO, O=Cabinet Medical Popescu SRL, organizationIdentifier=VATRO-18547290, CN=Cabinet Medical Dr. Popescu',
      issuerDn: 'C=RO, O=CertSIGN Test\\, S.A., CN=CertSIGN Test\\, S.A.',
      subjectCommonName: 'Cabinet Medical Dr. Popescu',
      isCa: false,
      keyUsage: ['digitalSignature'],
      extendedKeyUsage: ['1.3.6.1.5.5.7.3.2'],
      ocspUrls: ['http://ocsp.test.ro/'],
      caIssuersUrls: [],
      crlUrls: ['http://crl.test.ro/ca.crl'],
      publicKeyAlgorithm: 'EC P-256',
      authorityKeyIdentifier: ca.certificate.subjectKeyIdentifier,
    });
    expect(cert.subjectKeyIdentifier).toMatch(/^[0-9A-F]{40}$/);
    expect(cert.notAfter.getTime() - cert.notBefore.getTime()).toBeGreaterThan(364 * DAY_MS);
  });

  it('tells a CA from a leaf', () => {
    const root = parseCertificate(otherCa.certificatePem);
    expect(root.isCa).toBe(true);
    expect(root.keyUsage).toEqual(expect.arrayContaining(['keyCertSign', 'crlSign']));
    expect(root.publicKeyAlgorithm).toBe('RSA 2048');
    expect(root.subjectDn).toBe(root.issuerDn);
    expect(root.ocspUrls).toEqual([]);
  });

  it('agrees with openssl on serial, fingerprint and validity', async () => {
    const dir = await createTempDir();
    try {
      const highBitLeaf = await issueLeafCertificate(ca, { commonName: 'High bit', serialNumber: 'FF01' });
      for (const subject of [leaf, highBitLeaf, ca]) {
        const file = await dir.write('cert.pem', subject.certificatePem);
        const result = await runOpenssl([
          'x509',
          '-in',
          file,
          '-noout',
          '-serial',
          '-fingerprint',
          '-sha256',
          '-enddate',
        ]);
        const parsed = parseCertificate(subject.certificatePem);
        expect(result.stdout).toContain(`serial=${parsed.serialNumber}\n`);
        expect(result.stdout.replace(/:/g, '')).toContain(parsed.sha256Fingerprint);
        const notAfter = /notAfter=(.*)/.exec(result.stdout)?.[1] ?? '';
        expect(new Date(notAfter).getTime()).toBe(parsed.notAfter.getTime());
      }
    } finally {
      await dir.remove();
    }
  });

  it('canonicalises a zero serial as 00', async () => {
    // RFC 5280 forbids zero serials, so x509's generator (and our factory) will not make one; CAs
    // still do, and openssl will.
    await expect(issueLeafCertificate(ca, { commonName: 'Zero', serialNumber: '00' })).rejects.toThrow(
      /positive/,
    );
    const dir = await createTempDir();
    try {
      const made = await runOpenssl(
        [
          ...['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'],
          ...[
            '-subj',
            '/CN=Zero',
            '-set_serial',
            '0',
            '-days',
            '1',
            '-keyout',
            'key.pem',
            '-out',
            'cert.pem',
          ],
        ],
        { cwd: dir.path },
      );
      expect(made.code, made.output).toBe(0);
      const zero = parseCertificate(await readFile(join(dir.path, 'cert.pem'), 'utf8'));
      expect(zero.serialNumber).toBe('00');
    } finally {
      await dir.remove();
    }
  });

  it.each([
    ['an empty string', '', 'EMPTY'],
    ['whitespace', ' \n\t ', 'EMPTY'],
    ['no bytes', new Uint8Array(0), 'EMPTY'],
    ['text', 'hello, I am a certificate', 'NOT_A_CERTIFICATE'],
    ['base64 of text', Buffer.from('not der at all').toString('base64'), 'NOT_A_CERTIFICATE'],
    [
      'a PEM without certificate',
      '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n',
      'NOT_A_CERTIFICATE',
    ],
    [
      'a DER sequence that is no certificate',
      Uint8Array.of(0x30, 0x03, 0x02, 0x01, 0x05),
      'NOT_A_CERTIFICATE',
    ],
    ['random bytes', Uint8Array.of(0x30, 0x82, 0xff, 0xff, 1, 2, 3), 'NOT_A_CERTIFICATE'],
    ['a 65 KiB string', 'A'.repeat(65 * 1024), 'TOO_LARGE'],
    ['65 KiB of bytes', new Uint8Array(65 * 1024).fill(0x30), 'TOO_LARGE'],
  ])('refuses %s with a typed error', (_label, input, code) => {
    expect(parseFailure(input)).toBe(code);
  });

  it('refuses truncated DER and DER with trailing bytes', () => {
    const der = leaf.certificateDer;
    expect(parseFailure(der.subarray(0, der.length - 1))).toBe('NOT_A_CERTIFICATE');
    expect(parseFailure(Uint8Array.from([...der, 0]))).toBe('NOT_A_CERTIFICATE');
  });

  it('gives the validity state at a moment', () => {
    const cert = leaf.certificate;
    expect(validityState(cert, new Date(cert.notBefore.getTime() - 1))).toBe('NOT_YET_VALID');
    expect(validityState(cert, cert.notBefore)).toBe('VALID');
    expect(validityState(cert, cert.notAfter)).toBe('VALID');
    expect(validityState(cert, new Date(cert.notAfter.getTime() + 1))).toBe('EXPIRED');
  });
});

describe('verifyIssuedBy', () => {
  it('accepts the real issuer and refuses another CA, even one with the same name', async () => {
    const ca = await createTestCa({ name: 'Emitent' });
    const rsaCa = await createTestCa({ name: 'Emitent RSA', keyAlgorithm: 'rsa' });
    const impostor = await createTestCa({ name: 'Emitent' });
    const leaf = await issueLeafCertificate(ca, { commonName: 'Furnizor' });
    const rsaIssuedLeaf = await issueLeafCertificate(rsaCa, { commonName: 'Furnizor 2' });

    expect(await verifyIssuedBy(leaf.certificate, ca.certificate)).toBe(true);
    expect(await verifyIssuedBy(rsaIssuedLeaf.certificate, rsaCa.certificate)).toBe(true);
    expect(await verifyIssuedBy(ca.certificate, ca.certificate)).toBe(true);
    expect(await verifyIssuedBy(leaf.certificate, impostor.certificate)).toBe(false);
    expect(await verifyIssuedBy(leaf.certificate, rsaCa.certificate)).toBe(false);
    expect(await verifyIssuedBy(ca.certificate, leaf.certificate)).toBe(false);
  });

  it('refuses a certificate whose signed part was altered', async () => {
    const ca = await createTestCa({ name: 'Emitent' });
    const leaf = await issueLeafCertificate(ca, { commonName: 'Furnizor', serialNumber: '0102' });
    const tampered = Buffer.from(leaf.certificateDer);
    const serialAt = tampered.indexOf(Buffer.from([0x02, 0x02, 0x01, 0x02]));
    tampered[serialAt + 3] = 0x03; // serial 0102 -> 0103, signature unchanged
    const forged = parseCertificate(new Uint8Array(tampered));
    expect(forged.serialNumber).toBe('0103');
    expect(await verifyIssuedBy(forged, ca.certificate)).toBe(false);
  });
});
