import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runOpenssl } from './openssl';
import { createTempDir } from './temp-files';
import type { TestCertificate } from './test-certificates';

/**
 * A real PKCS#12 (.p12) of a certificate and its key, made by `openssl pkcs12 -export` (OpenSSL 3
 * defaults: AES-256-CBC, PBKDF2, SHA-256 MAC), optionally with the CA chain.
 */
export async function exportPkcs12(
  leaf: TestCertificate,
  password: string,
  options: { chain?: readonly Pick<TestCertificate, 'certificatePem'>[]; friendlyName?: string } = {},
): Promise<Uint8Array> {
  const dir = await createTempDir('siui-p12-');
  try {
    await dir.write('cert.pem', leaf.certificatePem);
    await dir.write('key.pem', leaf.privateKeyPem);
    const args = ['pkcs12', '-export', '-in', 'cert.pem', '-inkey', 'key.pem', '-out', 'out.p12'];
    if (options.chain?.length) {
      await dir.write('chain.pem', options.chain.map((cert) => cert.certificatePem).join(''));
      args.push('-certfile', 'chain.pem');
    }
    if (options.friendlyName) args.push('-name', options.friendlyName);
    // The password goes through the environment, never the command line (visible in `ps`).
    args.push('-passout', 'env:SIUI_P12_PASSWORD');
    const result = await runOpenssl(args, { cwd: dir.path, env: { SIUI_P12_PASSWORD: password } });
    if (result.code !== 0) throw new Error(`openssl pkcs12 -export failed: ${result.output}`);
    return new Uint8Array(await readFile(join(dir.path, 'out.p12')));
  } finally {
    await dir.remove();
  }
}
