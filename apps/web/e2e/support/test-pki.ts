import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Certificates for the browser tests, made with openssl in a temporary directory: a certificate
// authority (what CNAS uploads as an issuing authority) and provider certificates it issues
// (TLS client certificates, what a county house registers and the desktop connects with).

export interface TestCa {
  name: string;
  dir: string;
  certPath: string;
  keyPath: string;
  pem: string;
  der: Buffer;
  /** SHA-256 fingerprint as openssl prints it: `AB:CD:…`. */
  fingerprint: string;
}

export interface TestLeaf {
  pem: string;
  der: Buffer;
  keyPem: string;
  /** Upper-case hex, as openssl prints it (no leading zero octet). */
  serial: string;
}

function openssl(args: string[], cwd: string): string {
  return execFileSync('openssl', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function fingerprintOf(certPath: string, cwd: string): string {
  return openssl(['x509', '-in', certPath, '-noout', '-fingerprint', '-sha256'], cwd)
    .trim()
    .replace(/^.*=/, '');
}

/** A self-signed P-256 root CA named `name` (in O and CN), valid for `days` (a year). */
export function createTestCa(name: string, days = 365): TestCa {
  const dir = mkdtempSync(join(tmpdir(), 'siui-e2e-pki-'));
  openssl(
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-keyout',
      'ca.key',
      '-out',
      'ca.pem',
      '-days',
      String(days),
      '-subj',
      `/C=RO/O=${name}/CN=${name}`,
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
    ],
    dir,
  );
  openssl(['x509', '-in', 'ca.pem', '-outform', 'DER', '-out', 'ca.der'], dir);
  return {
    name,
    dir,
    certPath: join(dir, 'ca.pem'),
    keyPath: join(dir, 'ca.key'),
    pem: readFileSync(join(dir, 'ca.pem'), 'utf8'),
    der: readFileSync(join(dir, 'ca.der')),
    fingerprint: fingerprintOf('ca.pem', dir),
  };
}

/** A provider's TLS client certificate (extendedKeyUsage clientAuth) issued by `ca`. */
export function issueClientCertificate(ca: TestCa, commonName: string, file: string, days = 200): TestLeaf {
  const dir = ca.dir;
  openssl(
    [
      'req',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:P-256',
      '-nodes',
      '-keyout',
      `${file}.key`,
      '-out',
      `${file}.csr`,
      '-subj',
      `/C=RO/O=${commonName}/CN=${commonName}`,
    ],
    dir,
  );
  writeFileSync(
    join(dir, `${file}.ext`),
    'basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=clientAuth\n',
  );
  openssl(
    [
      'x509',
      '-req',
      '-in',
      `${file}.csr`,
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca.key',
      '-CAcreateserial',
      '-out',
      `${file}.pem`,
      '-days',
      String(days),
      '-extfile',
      `${file}.ext`,
    ],
    dir,
  );
  openssl(['x509', '-in', `${file}.pem`, '-outform', 'DER', '-out', `${file}.der`], dir);
  const serial = openssl(['x509', '-in', `${file}.pem`, '-noout', '-serial'], dir)
    .trim()
    .replace(/^serial=/, '')
    .replace(/^(00)+/, '');
  return {
    pem: readFileSync(join(dir, `${file}.pem`), 'utf8'),
    der: readFileSync(join(dir, `${file}.der`)),
    keyPem: readFileSync(join(dir, `${file}.key`), 'utf8'),
    serial,
  };
}
