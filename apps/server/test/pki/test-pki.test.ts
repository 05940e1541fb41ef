import { stat } from 'node:fs/promises';
import { createSecureContext } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTempDir,
  createTestCa,
  exportPkcs12,
  formatIndex,
  issueLeafCertificate,
  issueOcspSigner,
  runOpenssl,
  type TempDir,
  type TestCa,
  type TestCertificate,
  writePemFiles,
} from '.';

let dir: TempDir;
let ca: TestCa;
let leaf: TestCertificate;

beforeAll(async () => {
  dir = await createTempDir();
  ca = await createTestCa({ name: 'Emitent Fabrică', ocspUrl: 'http://127.0.0.1:9/ocsp' });
  leaf = await issueLeafCertificate(ca, {
    commonName: 'Clinica Exemplu',
    organization: 'Clinica Exemplu SRL',
    extraSubject: [{ type: 'organizationIdentifier', value: 'VATRO-18547290' }],
  });
});

afterAll(() => dir.remove());

describe('test PKI factory', () => {
  it('issues chains openssl verifies, for TLS client auth and OCSP signing', async () => {
    const rsaCa = await createTestCa({ name: 'Emitent RSA', keyAlgorithm: 'rsa' });
    const subCa = await createTestCa({ name: 'Emitent intermediar', parent: rsaCa });
    const subLeaf = await issueLeafCertificate(subCa, {
      commonName: 'Prin intermediar',
      keyAlgorithm: 'rsa',
    });
    const files = await writePemFiles(dir, {
      'ca.pem': ca.certificatePem,
      'leaf.pem': leaf.certificatePem,
      'signer.pem': (await issueOcspSigner(ca)).certificatePem,
      'rsa-ca.pem': rsaCa.certificatePem,
      'sub-ca.pem': subCa.certificatePem,
      'sub-leaf.pem': subLeaf.certificatePem,
    });
    const verify = (...args: string[]) => runOpenssl(['verify', ...args], { cwd: dir.path });
    expect(
      (await verify('-CAfile', files['ca.pem'], '-purpose', 'sslclient', files['leaf.pem'])).output,
    ).toContain(': OK');
    expect(
      (await verify('-CAfile', files['ca.pem'], '-purpose', 'ocsphelper', files['signer.pem'])).output,
    ).toContain(': OK');
    const chained = await verify(
      '-CAfile',
      files['rsa-ca.pem'],
      '-untrusted',
      files['sub-ca.pem'],
      files['sub-leaf.pem'],
    );
    expect(chained.output).toContain(': OK');
    expect((await verify('-CAfile', files['rsa-ca.pem'], files['leaf.pem'])).output).not.toContain(': OK');
  });

  it('puts the CA’s OCSP URL and the provider identity in the leaf', async () => {
    const file = await dir.write('leaf-text.pem', leaf.certificatePem);
    const text = (await runOpenssl(['x509', '-in', file, '-noout', '-text'])).stdout;
    expect(text).toContain('OCSP - URI:http://127.0.0.1:9/ocsp');
    expect(text).toContain('TLS Web Client Authentication');
    expect(text).toContain('organizationIdentifier = VATRO-18547290');
    expect(leaf.certificate.ocspUrls).toEqual(['http://127.0.0.1:9/ocsp']);
  });

  it('writes private files readable by the owner only', async () => {
    const { 'key.pem': keyFile } = await writePemFiles(dir, { 'key.pem': leaf.privateKeyPem });
    expect((await stat(keyFile)).mode & 0o777).toBe(0o600);
  });

  it('exports a PKCS#12 that Node’s TLS and openssl both open', async () => {
    const p12 = await exportPkcs12(leaf, 'parolă-secretă', { chain: [ca], friendlyName: 'Clinica Exemplu' });
    expect(() => createSecureContext({ pfx: Buffer.from(p12), passphrase: 'parolă-secretă' })).not.toThrow();
    expect(() => createSecureContext({ pfx: Buffer.from(p12), passphrase: 'greșită' })).toThrow();

    const file = await dir.write('leaf.p12', p12);
    const dump = await runOpenssl(['pkcs12', '-in', file, '-nokeys', '-passin', 'env:P12_PASSWORD'], {
      env: { P12_PASSWORD: 'parolă-secretă' },
    });
    expect(dump.code, dump.output).toBe(0);
    expect(dump.stdout.match(/BEGIN CERTIFICATE/g)).toHaveLength(2);
    expect(dump.stdout).toContain('friendlyName: Clinica Exemplu');
  });

  it('formats an openssl index.txt', () => {
    const index = formatIndex([
      {
        serialNumber: 'A30F',
        status: 'valid',
        expiresAt: new Date('2027-05-01T10:00:00Z'),
        subjectDn: '/CN=A',
      },
      {
        serialNumber: '0B',
        status: 'revoked',
        expiresAt: new Date('2051-01-01T00:00:00Z'),
        revokedAt: new Date('2026-02-03T04:05:06Z'),
        reason: 'certificateHold',
      },
    ]);
    expect(index).toBe(
      'V\t270501100000Z\t\tA30F\tunknown\t/CN=A\n' +
        'R\t20510101000000Z\t260203040506Z,certificateHold\t0B\tunknown\t/CN=serial 0B\n',
    );
  });
});
