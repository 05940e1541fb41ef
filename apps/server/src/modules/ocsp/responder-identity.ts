import { createPrivateKey, type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseCertificate } from '../../pki/certificate';
import { generateCertificate, generateKeyPair } from '../../pki/certificate-generator';
import { toPem } from '../../pki/certificate-input';

// The key and certificate the OCSP responder signs with: generated into the data directory on the
// first start (ECDSA P-256, id-kp-OCSPSigning), or given as files when several instances must sign
// with the same identity. Clients trust it as a locally configured responder (`-VAfile`).

const OCSP_SIGNING_EKU = '1.3.6.1.5.5.7.3.9';
const VALIDITY_YEARS = 10;

export interface ResponderIdentity {
  certificateDer: Uint8Array;
  privateKey: KeyObject;
  certificatePem: string;
}

export async function loadResponderIdentity(options: {
  dataDir: string;
  certificateFile?: string | undefined;
  keyFile?: string | undefined;
}): Promise<ResponderIdentity> {
  const directory = path.join(options.dataDir, 'ocsp');
  const certificateFile = options.certificateFile ?? path.join(directory, 'responder.pem');
  const keyFile = options.keyFile ?? path.join(directory, 'responder-key.pem');
  if (!fs.existsSync(certificateFile) || !fs.existsSync(keyFile)) {
    if (options.certificateFile || options.keyFile) {
      throw new Error(
        `OCSP: lipsește ${certificateFile} sau ${keyFile} / missing responder certificate or key`,
      );
    }
    await createIdentity(directory, certificateFile, keyFile);
  }
  const certificate = parseCertificate(fs.readFileSync(certificateFile, 'utf8'));
  return {
    certificateDer: certificate.der,
    privateKey: createPrivateKey(fs.readFileSync(keyFile, 'utf8')),
    certificatePem: toPem(certificate.der),
  };
}

async function createIdentity(directory: string, certificateFile: string, keyFile: string): Promise<void> {
  fs.mkdirSync(directory, { recursive: true, mode: 0o700 });
  const keys = await generateKeyPair('ecdsa');
  const now = new Date();
  const notAfter = new Date(now);
  notAfter.setFullYear(now.getFullYear() + VALIDITY_YEARS);
  const der = await generateCertificate({
    subject: [
      { type: 'C', value: 'RO' },
      { type: 'O', value: 'SIUI Cert' },
      { type: 'CN', value: 'SIUI Cert OCSP Responder' },
    ],
    publicKey: keys.publicKey,
    signingKey: keys.privateKey,
    notBefore: new Date(now.getTime() - 60_000),
    notAfter,
    extensions: { keyUsage: ['digitalSignature'], extendedKeyUsage: [OCSP_SIGNING_EKU], ocspNoCheck: true },
  });
  // The key first, then the certificate, each written whole under a temporary name: a crash never
  // leaves a certificate without its key.
  writeAtomically(keyFile, keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), 0o600);
  writeAtomically(certificateFile, toPem(der), 0o644);
}

function writeAtomically(file: string, content: string, mode: number): void {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, content, { mode });
  fs.renameSync(temporary, file);
}
