import { execFile } from 'node:child_process';
import { createPrivateKey, type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parseCertificate } from '../pki/certificate';
import { generateCertificate, generateKeyPair } from '../pki/certificate-generator';
import { toPem } from '../pki/certificate-input';

// The demo's certificate authority: a CA of its own, whose certificates the demo providers use,
// and whose OCSP responder (demo-ocsp.routes.ts) the SIUI server hosts while the demo exists.

const CLIENT_AUTH_EKU = '1.3.6.1.5.5.7.3.2';
const exec = promisify(execFile);

export interface DemoCa {
  certificatePem: string;
  privateKey: KeyObject;
}

export type DemoCertificateStatus = 'good' | 'revoked';

/** What the demo CA's index keeps per serial: the status, and when a revocation happened. */
interface IndexEntry {
  status: DemoCertificateStatus;
  revokedAt?: string;
}

export function demoDirectory(dataDir: string): string {
  return path.join(dataDir, 'demo');
}

function caFiles(dataDir: string) {
  const directory = path.join(demoDirectory(dataDir), 'ca');
  return {
    directory,
    certificate: path.join(directory, 'ca.pem'),
    key: path.join(directory, 'ca-key.pem'),
    index: path.join(directory, 'index.json'),
  };
}

export async function createDemoCa(dataDir: string): Promise<DemoCa> {
  const files = caFiles(dataDir);
  fs.mkdirSync(files.directory, { recursive: true, mode: 0o700 });
  const keys = await generateKeyPair('ecdsa');
  const now = new Date();
  const der = await generateCertificate({
    subject: [
      { type: 'C', value: 'RO' },
      { type: 'O', value: 'Autoritate Demo SIUI' },
      { type: 'CN', value: 'Autoritate de Certificare Demo SIUI' },
    ],
    publicKey: keys.publicKey,
    signingKey: keys.privateKey,
    notBefore: new Date(now.getTime() - 86_400_000),
    notAfter: new Date(now.getTime() + 5 * 365 * 86_400_000),
    extensions: { basicConstraints: { ca: true }, keyUsage: ['keyCertSign', 'crlSign', 'digitalSignature'] },
  });
  fs.writeFileSync(files.key, keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), {
    mode: 0o600,
  });
  fs.writeFileSync(files.certificate, toPem(der));
  fs.writeFileSync(files.index, '{}');
  return { certificatePem: toPem(der), privateKey: keys.privateKey };
}

/** The demo CA if `siui demo` made one in this data directory. */
export function loadDemoCa(
  dataDir: string,
): (DemoCa & { statusOf(serial: string): IndexEntry | undefined }) | undefined {
  const files = caFiles(dataDir);
  if (!fs.existsSync(files.certificate) || !fs.existsSync(files.key)) return undefined;
  return {
    certificatePem: fs.readFileSync(files.certificate, 'utf8'),
    privateKey: createPrivateKey(fs.readFileSync(files.key, 'utf8')),
    statusOf(serial) {
      const index = JSON.parse(fs.readFileSync(files.index, 'utf8')) as Record<string, IndexEntry>;
      return index[serial];
    },
  };
}

export interface DemoLeaf {
  serialNumber: string;
  certificatePem: string;
  keyPem: string;
}

/** A provider certificate (TLS client authentication) issued by the demo CA and noted in its index. */
export async function issueDemoCertificate(
  dataDir: string,
  ca: DemoCa,
  subject: { organization: string; commonName: string; fiscalCode: string },
  status: DemoCertificateStatus,
): Promise<DemoLeaf> {
  const keys = await generateKeyPair('ecdsa');
  const now = new Date();
  const der = await generateCertificate({
    subject: [
      { type: 'C', value: 'RO' },
      { type: 'O', value: subject.organization },
      { type: 'organizationIdentifier', value: `VATRO-${subject.fiscalCode}` },
      { type: 'CN', value: subject.commonName },
    ],
    publicKey: keys.publicKey,
    issuer: { certificateDer: parseCertificate(ca.certificatePem).der, privateKey: ca.privateKey },
    notBefore: new Date(now.getTime() - 86_400_000),
    notAfter: new Date(now.getTime() + 365 * 86_400_000),
    extensions: {
      basicConstraints: { ca: false },
      keyUsage: ['digitalSignature'],
      extendedKeyUsage: [CLIENT_AUTH_EKU],
    },
  });
  const certificate = parseCertificate(der);
  const files = caFiles(dataDir);
  const index = JSON.parse(fs.readFileSync(files.index, 'utf8')) as Record<string, IndexEntry>;
  index[certificate.serialNumber] =
    status === 'revoked'
      ? { status, revokedAt: new Date(Math.floor(now.getTime() / 1000) * 1000).toISOString() }
      : { status };
  fs.writeFileSync(files.index, JSON.stringify(index, null, 2));
  return {
    serialNumber: certificate.serialNumber,
    certificatePem: toPem(der),
    keyPem: keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  };
}

/** The certificate and its key as a .p12 file with a password, as providers receive them (openssl). */
export async function writePkcs12(leaf: DemoLeaf, file: string, password: string): Promise<void> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'siui-demo-p12-'));
  try {
    fs.writeFileSync(path.join(scratch, 'cert.pem'), leaf.certificatePem);
    fs.writeFileSync(path.join(scratch, 'key.pem'), leaf.keyPem, { mode: 0o600 });
    await exec(
      'openssl',
      [
        'pkcs12',
        '-export',
        '-in',
        'cert.pem',
        '-inkey',
        'key.pem',
        '-out',
        file,
        '-passout',
        'env:SIUI_P12_PASSWORD',
      ],
      { cwd: scratch, env: { ...process.env, SIUI_P12_PASSWORD: password } },
    );
  } catch (error) {
    throw new Error(
      `openssl pkcs12 a eșuat (este instalat openssl?) / failed (is openssl installed?): ${(error as Error).message}`,
    );
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
