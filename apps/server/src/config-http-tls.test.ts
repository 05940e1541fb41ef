import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCa, issueTlsServerCertificate } from '../test/pki';
import { ConfigError, loadConfig } from './config';

// A wrong TLS setting stops the start with the variable's name, not at the first handshake.

describe('SIUI_HTTP_TLS_CERT / SIUI_HTTP_TLS_KEY', () => {
  let directory: string;
  let certificateFile: string;
  let keyFile: string;
  let otherKeyFile: string;

  beforeAll(async () => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'siui-http-tls-'));
    const ca = await createTestCa({ name: 'CA de test configurare' });
    const leaf = await issueTlsServerCertificate(ca, { dnsNames: ['siui.example.ro'] });
    const other = await issueTlsServerCertificate(ca, { dnsNames: ['alt.example.ro'] });
    certificateFile = path.join(directory, 'cert.pem');
    keyFile = path.join(directory, 'key.pem');
    otherKeyFile = path.join(directory, 'other-key.pem');
    // The chain after the leaf, as operators usually give it.
    fs.writeFileSync(certificateFile, `${leaf.certificatePem}${ca.certificatePem}`);
    fs.writeFileSync(keyFile, leaf.privateKeyPem);
    fs.writeFileSync(otherKeyFile, other.privateKeyPem);
  });

  afterAll(() => fs.rmSync(directory, { recursive: true, force: true }));

  it('is unset by default: plain HTTP', () => {
    expect(loadConfig({}).http.tls).toBeUndefined();
  });

  it('reads a certificate (with its chain) and its key', () => {
    const tls = loadConfig({ SIUI_HTTP_TLS_CERT: certificateFile, SIUI_HTTP_TLS_KEY: keyFile }).http.tls;
    expect(tls?.certificateFile).toBe(certificateFile);
    expect(tls?.certificatePem.match(/BEGIN CERTIFICATE/g)).toHaveLength(2);
    expect(tls?.keyPem).toContain('PRIVATE KEY');
  });

  it('wants both or neither', () => {
    expect(() => loadConfig({ SIUI_HTTP_TLS_CERT: certificateFile })).toThrow(ConfigError);
    expect(() => loadConfig({ SIUI_HTTP_TLS_CERT: certificateFile })).toThrow(
      /SIUI_HTTP_TLS_KEY: SIUI_HTTP_TLS_CERT și SIUI_HTTP_TLS_KEY se dau împreună/,
    );
    expect(() => loadConfig({ SIUI_HTTP_TLS_KEY: keyFile })).toThrow(/SIUI_HTTP_TLS_CERT: .*given together/);
  });

  it('names the variable of a missing file, a file that is not PEM, and a key of another certificate', () => {
    const missing = path.join(directory, 'absent.pem');
    expect(() => loadConfig({ SIUI_HTTP_TLS_CERT: missing, SIUI_HTTP_TLS_KEY: keyFile })).toThrow(
      new RegExp(`SIUI_HTTP_TLS_CERT: fișierul ${missing} nu există`),
    );
    expect(() => loadConfig({ SIUI_HTTP_TLS_CERT: keyFile, SIUI_HTTP_TLS_KEY: keyFile })).toThrow(
      /SIUI_HTTP_TLS_CERT: nu este un certificat PEM \/ not a PEM certificate/,
    );
    expect(() =>
      loadConfig({ SIUI_HTTP_TLS_CERT: certificateFile, SIUI_HTTP_TLS_KEY: certificateFile }),
    ).toThrow(/SIUI_HTTP_TLS_KEY: nu este o cheie privată PEM/);
    expect(() =>
      loadConfig({ SIUI_HTTP_TLS_CERT: certificateFile, SIUI_HTTP_TLS_KEY: otherKeyFile }),
    ).toThrow(/SIUI_HTTP_TLS_KEY: cheia nu este a certificatului/);
  });
});
