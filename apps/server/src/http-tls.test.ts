import { X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCa, issueTlsServerCertificate, type TestCa } from '../test/pki';
import { testConfig } from '../test/test-app';
import { type Config, loadConfig } from './config';
import { type RunningServer, startServer } from './server';

// SIUI_HTTP_TLS_CERT/KEY: the console/API port speaks HTTPS itself, so the activation key a desktop
// sends and the gateway pin it receives never cross the network in clear.

const ADMIN_PASSWORD = 'Parola-Test-HTTPS-1';

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function call(url: string, options: { method?: string; ca?: string; body?: unknown } = {}): Promise<Answer> {
  const target = new URL(url);
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  const headers = payload ? { 'content-type': 'application/json' } : undefined;
  const requestOptions = { method: options.method ?? 'GET', ...(headers ? { headers } : {}) };
  return new Promise((resolve, reject) => {
    const done = (response: http.IncomingMessage) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        body += chunk;
      });
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body }),
      );
    };
    const request =
      target.protocol === 'https:'
        ? https.request(target, { ...requestOptions, ...(options.ca ? { ca: options.ca } : {}) }, done)
        : http.request(target, requestOptions, done);
    request.on('error', reject);
    request.end(payload);
  });
}

describe('the console/API port over TLS', () => {
  let ca: TestCa;
  let config: Config;
  let server: RunningServer;

  beforeAll(async () => {
    ca = await createTestCa({ name: 'CA de test HTTPS' });
    const leaf = await issueTlsServerCertificate(ca, { dnsNames: ['localhost'], ipAddresses: ['127.0.0.1'] });
    const base = testConfig();
    const certificateFile = path.join(base.dataDir, 'http-cert.pem');
    const keyFile = path.join(base.dataDir, 'http-key.pem');
    fs.writeFileSync(certificateFile, leaf.certificatePem);
    fs.writeFileSync(keyFile, leaf.privateKeyPem, { mode: 0o600 });
    config = loadConfig({
      NODE_ENV: 'test',
      SIUI_DATA_DIR: base.dataDir,
      SIUI_LOG_LEVEL: 'silent',
      SIUI_WEB_DIST: path.join(base.dataDir, 'no-web-dist'),
      SIUI_HTTP_PORT: '0',
      SIUI_ONLINE_PORT: '0',
      SIUI_ADMIN_PASSWORD: ADMIN_PASSWORD,
      SIUI_HTTP_TLS_CERT: certificateFile,
      SIUI_HTTP_TLS_KEY: keyFile,
    });
    server = await startServer(config);
  }, 120_000);

  afterAll(async () => {
    await server?.close();
    if (config) fs.rmSync(config.dataDir, { recursive: true, force: true });
  });

  it('answers HTTPS under its certificate, and refuses the same port in clear', async () => {
    expect(server.httpUrl).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    const health = await call(`${server.httpUrl}/api/health`, { ca: ca.certificatePem });
    expect(health.status).toBe(200);
    expect(health.headers['strict-transport-security']).toBe('max-age=31536000');

    // A client that does not trust the issuer stops at the handshake.
    await expect(call(`${server.httpUrl}/api/health`)).rejects.toMatchObject({
      code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    });
    // Plain HTTP to the TLS port gets no HTTP answer at all.
    const plain = server.httpUrl.replace(/^https:/, 'http:');
    await expect(call(`${plain}/api/health`)).rejects.toBeInstanceOf(Error);
  });

  it('marks the staff cookie Secure because the request came over TLS (not because of NODE_ENV)', async () => {
    expect(config.production).toBe(false);
    const login = await call(`${server.httpUrl}/api/auth/login`, {
      method: 'POST',
      ca: ca.certificatePem,
      body: { username: 'admin', password: ADMIN_PASSWORD },
    });
    expect(login.status).toBe(200);
    const cookie = [login.headers['set-cookie'] ?? []].flat().join('\n');
    expect(cookie).toMatch(/; Secure/);
  });

  it('keeps the mutual-TLS gateway on its own port and certificate', () => {
    const endpoint = server.gateway.endpoint();
    expect(endpoint?.url).toMatch(/^https:\/\//);
    expect(new URL(endpoint?.url ?? '').port).not.toBe(new URL(server.httpUrl).port);
    const httpFingerprint = new X509Certificate(config.http.tls?.certificatePem ?? '').fingerprint256;
    expect(endpoint?.tlsCertificateSha256).not.toBe(httpFingerprint.replace(/:/g, ''));
  });
});
