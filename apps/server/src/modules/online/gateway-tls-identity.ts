import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseCertificate } from '../../pki/certificate';
import { generateCertificate, generateKeyPair } from '../../pki/certificate-generator';
import { toPem } from '../../pki/certificate-input';

// The online gateway's own TLS certificate: SIUI_TLS_CERT / SIUI_TLS_KEY when given, otherwise a
// self-signed one generated into the data directory on the first start. Desktops pin it by its
// SHA-256 fingerprint, which the activation answer tells them.

const SERVER_AUTH_EKU = '1.3.6.1.5.5.7.3.1';

export interface GatewayTlsIdentity {
  certificatePem: string;
  keyPem: string;
  /** SHA-256 of the certificate DER, uppercase hex: what desktops pin. */
  sha256Fingerprint: string;
}

export async function loadGatewayTlsIdentity(options: {
  dataDir: string;
  certificateFile: string | undefined;
  keyFile: string | undefined;
}): Promise<GatewayTlsIdentity> {
  const directory = path.join(options.dataDir, 'tls');
  const certificateFile = options.certificateFile ?? path.join(directory, 'server.pem');
  const keyFile = options.keyFile ?? path.join(directory, 'server-key.pem');
  if (!options.certificateFile && !fs.existsSync(certificateFile)) {
    await generateIdentity(directory, certificateFile, keyFile);
  }
  const certificatePem = fs.readFileSync(certificateFile, 'utf8');
  const certificate = parseCertificate(certificatePem);
  return {
    certificatePem,
    keyPem: fs.readFileSync(keyFile, 'utf8'),
    sha256Fingerprint: createHash('sha256').update(certificate.der).digest('hex').toUpperCase(),
  };
}

async function generateIdentity(directory: string, certificateFile: string, keyFile: string): Promise<void> {
  fs.mkdirSync(directory, { recursive: true, mode: 0o700 });
  const keys = await generateKeyPair('ecdsa');
  const now = new Date();
  const notAfter = new Date(now);
  notAfter.setFullYear(now.getFullYear() + 5);
  const der = await generateCertificate({
    subject: [
      { type: 'C', value: 'RO' },
      { type: 'O', value: 'SIUI Cert' },
      { type: 'CN', value: 'SIUI online' },
    ],
    publicKey: keys.publicKey,
    signingKey: keys.privateKey,
    notBefore: new Date(now.getTime() - 60_000),
    notAfter,
    extensions: {
      keyUsage: ['digitalSignature'],
      extendedKeyUsage: [SERVER_AUTH_EKU],
      dnsNames: ['localhost', os.hostname()],
      ipAddresses: ['127.0.0.1', '::1'],
    },
  });
  const keyTemporary = `${keyFile}.${process.pid}.tmp`;
  fs.writeFileSync(keyTemporary, keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), {
    mode: 0o600,
  });
  fs.renameSync(keyTemporary, keyFile);
  const certificateTemporary = `${certificateFile}.${process.pid}.tmp`;
  fs.writeFileSync(certificateTemporary, toPem(der), { mode: 0o644 });
  fs.renameSync(certificateTemporary, certificateFile);
}
