import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Test certificates made with the openssl command line, as an issuing authority and a provider
// would make them: an EC P-256 CA and provider leaves for TLS client authentication.

export interface TestLeaf {
  certificatePem: string;
  privateKeyPem: string;
  serialNumber: string;
  /** Files on disk, for the CLI. */
  certificateFile: string;
  keyFile: string;
  /** A PKCS#12 of the leaf, written with openssl's defaults (AES-256-CBC, PBKDF2). */
  pkcs12(password: string, options?: { legacy3des?: boolean; iterations?: number }): string;
}

export interface TestPki {
  readonly directory: string;
  readonly caPem: string;
  issueLeaf(commonName: string, options?: { days?: number }): TestLeaf;
  /** A TLS server certificate for `names` (`DNS:localhost`, `IP:127.0.0.1` …), with its key. */
  issueServerLeaf(names: string[]): TestLeaf;
  dispose(): void;
}

export function createTestPki(name = 'Autoritatea de Test SIUI'): TestPki {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'siui-desktop-pki-'));
  const file = (leaf: string) => path.join(directory, leaf);
  const openssl = (args: string[]) =>
    execFileSync('openssl', args, { cwd: directory, stdio: ['ignore', 'pipe', 'pipe'] }).toString();
  fs.writeFileSync(
    file('ca.ext'),
    'basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n',
  );
  fs.writeFileSync(
    file('leaf.ext'),
    'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=clientAuth\n',
  );
  openssl(['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', 'ca-key.pem']);
  openssl([
    'req',
    '-new',
    '-utf8',
    '-key',
    'ca-key.pem',
    '-subj',
    `/C=RO/O=${name}/CN=${name}`,
    '-out',
    'ca.csr',
  ]);
  openssl([
    ...['x509', '-req', '-in', 'ca.csr', '-signkey', 'ca-key.pem', '-days', '3650'],
    ...['-extfile', 'ca.ext', '-out', 'ca.pem'],
  ]);
  let counter = 0;

  const issue = (commonName: string, extFile: string, days: number): TestLeaf => {
    counter += 1;
    const base = `leaf-${counter}`;
    openssl(['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', `${base}-ec.pem`]);
    openssl(['pkcs8', '-topk8', '-nocrypt', '-in', `${base}-ec.pem`, '-out', `${base}-key.pem`]);
    openssl([
      ...['req', '-new', '-utf8', '-key', `${base}-key.pem`, '-out', `${base}.csr`],
      ...['-subj', `/C=RO/O=${commonName}/CN=${commonName}`],
    ]);
    openssl([
      ...['x509', '-req', '-in', `${base}.csr`, '-CA', 'ca.pem', '-CAkey', 'ca-key.pem'],
      ...['-set_serial', `0x${(Date.now() * 1000 + counter).toString(16)}`],
      ...['-days', String(days), '-extfile', extFile, '-out', `${base}.pem`],
    ]);
    const serialNumber = openssl(['x509', '-in', `${base}.pem`, '-noout', '-serial'])
      .trim()
      .replace(/^serial=/, '');
    return {
      certificatePem: fs.readFileSync(file(`${base}.pem`), 'utf8'),
      privateKeyPem: fs.readFileSync(file(`${base}-key.pem`), 'utf8'),
      serialNumber,
      certificateFile: file(`${base}.pem`),
      keyFile: file(`${base}-key.pem`),
      pkcs12(password, p12Options = {}) {
        const iterations = p12Options.iterations;
        const out = `${base}-${p12Options.legacy3des ? 'des' : 'aes'}${iterations ? `-${iterations}` : ''}.p12`;
        const legacy = p12Options.legacy3des
          ? ['-certpbe', 'PBE-SHA1-3DES', '-keypbe', 'PBE-SHA1-3DES', '-macalg', 'sha1']
          : [];
        if (iterations) legacy.push('-iter', String(iterations));
        execFileSync(
          'openssl',
          [
            ...[
              'pkcs12',
              '-export',
              '-in',
              `${base}.pem`,
              '-inkey',
              `${base}-key.pem`,
              '-certfile',
              'ca.pem',
            ],
            ...[...legacy, '-name', commonName, '-out', out, '-passout', 'env:P12_PASSWORD'],
          ],
          { cwd: directory, env: { ...process.env, P12_PASSWORD: password }, stdio: 'ignore' },
        );
        return file(out);
      },
    };
  };

  return {
    directory,
    caPem: fs.readFileSync(file('ca.pem'), 'utf8'),
    issueLeaf(commonName, options = {}) {
      return issue(commonName, 'leaf.ext', options.days ?? 365);
    },
    issueServerLeaf(names) {
      const extFile = `server-${counter + 1}.ext`;
      fs.writeFileSync(
        file(extFile),
        'basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\n' +
          `extendedKeyUsage=serverAuth\nsubjectAltName=${names.join(',')}\n`,
      );
      return issue('SIUI HTTPS', extFile, 30);
    },
    dispose() {
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}
