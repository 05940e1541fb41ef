import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/cli-runner';
import { tempDataDir } from '../../test/desktop-world';
import { siuiWorldPerFile } from '../../test/siui-world-per-file';
import { createTestPki, type TestPki } from '../../test/test-pki';
import { startTlsProxy, type TlsProxy } from '../../test/tls-proxy';
import { openDesktop } from '../desktop';
import { DesktopError, describeError } from '../errors/desktop-error';

// The activation key goes out and the gateway's pin comes back over HTTPS whose certificate the
// desktop checks: against the public roots, or the CA given once with --ca. A real SIUI behind a
// TLS terminator (the reverse-proxy deployment); the server's own TLS port is tested in apps/server.

const world = siuiWorldPerFile();
let httpsCa: TestPki;
let proxy: TlsProxy;
let caFile: string;
let httpsUrl: string;
let serverLeaf: { certificatePem: string; privateKeyPem: string };

beforeAll(async () => {
  httpsCa = createTestPki('CA HTTPS de test');
  const leaf = httpsCa.issueServerLeaf(['DNS:localhost', 'IP:127.0.0.1']);
  serverLeaf = leaf;
  proxy = await startTlsProxy({
    certificatePem: leaf.certificatePem,
    keyPem: leaf.privateKeyPem,
    upstreamPort: Number(new URL(world().server.url).port),
  });
  caFile = path.join(httpsCa.directory, 'ca.pem');
  httpsUrl = `https://localhost:${proxy.port}`;
});

afterAll(async () => {
  await proxy?.close();
  httpsCa?.dispose();
});

describe('activation over HTTPS', () => {
  it('activates with --ca, keeps the CA, and re-activates later without being given it again', async () => {
    const { provider } = await world().registeredProvider();
    const desktop = openDesktop({ dataDir: tempDataDir(), language: 'ro' });
    try {
      const outcome = await desktop.activation.activate({
        licenseSerial: provider.key,
        insuranceHouse: provider.house,
        reactivate: false,
        newDatabase: false,
        serverUrl: `${httpsUrl}/`,
        caFile,
      });
      expect(outcome.activation.serverUrl).toBe(httpsUrl);
      expect(outcome.activation.online?.tlsCertificateSha256).toMatch(/^[0-9A-F]{64}$/);
      const again = await desktop.activation.activate({
        licenseSerial: provider.key,
        insuranceHouse: provider.house,
        reactivate: true,
        newDatabase: false,
      });
      expect(again.localData).toBe('KEPT');
    } finally {
      desktop.close();
    }
  });

  it('refuses a server whose issuer it does not know, before the key is sent', async () => {
    const { provider } = await world().registeredProvider();
    const desktop = openDesktop({ dataDir: tempDataDir(), language: 'en' });
    const forwardedBefore = proxy.forwarded;
    try {
      const attempt = desktop.activation.activate({
        licenseSerial: provider.key,
        insuranceHouse: provider.house,
        reactivate: false,
        newDatabase: false,
        serverUrl: httpsUrl,
      });
      const error = await attempt.catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(DesktopError);
      expect(error).toMatchObject({
        code: 'SERVER_CERTIFICATE_UNTRUSTED',
        params: { reason: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' },
      });
      expect(describeError(error, 'en')).toBe(
        `The certificate of the SIUI server ${httpsUrl} is not trusted (the certificate’s issuer is unknown); ` +
          'nothing was sent. If the server uses its own certificate authority, give its certificate at ' +
          'activation: siui-desktop activate … --ca FILE.pem.',
      );
      // The handshake never completed: nothing reached SIUI, and nothing was remembered.
      expect(proxy.forwarded).toBe(forwardedBefore);
      expect(desktop.activation.current()).toBeUndefined();
    } finally {
      desktop.close();
    }
  });

  it('refuses http:// to another computer before any connection or name lookup', async () => {
    const desktop = openDesktop({ dataDir: tempDataDir(), language: 'ro' });
    const { provider } = await world().registeredProvider();
    const attempt = (serverUrl: string) =>
      desktop.activation.activate({
        licenseSerial: provider.key,
        insuranceHouse: provider.house,
        reactivate: false,
        newDatabase: false,
        serverUrl,
      });
    try {
      // `.invalid` never resolves (RFC 6761): a refusal that is not ENOTFOUND came before DNS.
      await expect(attempt('http://siui.example.invalid:8080')).rejects.toMatchObject({
        code: 'INSECURE_SERVER_URL',
      });
      // A real listener on this machine's network address: it must see no connection at all.
      const address = Object.values(os.networkInterfaces())
        .flat()
        .find((entry) => entry && !entry.internal && entry.family === 'IPv4')?.address;
      if (address) {
        let connections = 0;
        const listener = http.createServer((_request, response) => response.end('{}'));
        listener.on('connection', () => {
          connections += 1;
        });
        await new Promise<void>((resolve) => listener.listen(0, address, resolve));
        try {
          const port = (listener.address() as AddressInfo).port;
          await expect(attempt(`http://${address}:${port}`)).rejects.toMatchObject({
            code: 'INSECURE_SERVER_URL',
          });
          expect(connections).toBe(0);
        } finally {
          await new Promise<void>((resolve) => listener.close(() => resolve()));
        }
      }
      expect(desktop.activation.current()).toBeUndefined();
    } finally {
      desktop.close();
    }
  });

  it('siui-desktop activate --ca FILE over HTTPS; without it a clear refusal naming --ca', async () => {
    const { provider } = await world().registeredProvider();
    const withoutCa = await runCli([
      ...['--data-dir', tempDataDir(), '--server', httpsUrl],
      ...['activate', '--serial', provider.key, '--house', provider.house],
    ]);
    expect(withoutCa.code).toBe(1);
    expect(withoutCa.stderr).toContain('nu este de încredere (emitentul certificatului nu este cunoscut)');
    expect(withoutCa.stderr).toContain('--ca FIȘIER.pem');

    const dataDir = tempDataDir();
    const withCa = await runCli([
      ...['--data-dir', dataDir, '--server', httpsUrl],
      ...['activate', '--serial', provider.key, '--house', provider.house, '--ca', caFile],
    ]);
    expect(withCa.stderr).toBe('');
    expect(withCa.code).toBe(0);
    const status = await runCli(['--data-dir', dataDir, 'status']);
    expect(status.stdout).toContain(httpsUrl);

    const missing = path.join(httpsCa.directory, 'absent.pem');
    const missingCa = await runCli([
      ...['--data-dir', tempDataDir(), '--server', httpsUrl],
      ...['activate', '--serial', provider.key, '--house', provider.house, '--ca', missing],
    ]);
    expect(missingCa.code).toBe(1);
    expect(missingCa.stderr).toBe(`Fișierul ${missing} nu există sau nu poate fi citit.\n`);
  });

  it('refuses a --ca file that holds no certificate, before anything is sent', async () => {
    const { provider } = await world().registeredProvider();
    const notPem = path.join(httpsCa.directory, 'ca-key.pem');
    const desktop = openDesktop({ dataDir: tempDataDir(), language: 'ro' });
    try {
      await expect(
        desktop.activation.activate({
          licenseSerial: provider.key,
          insuranceHouse: provider.house,
          reactivate: false,
          newDatabase: false,
          serverUrl: httpsUrl,
          caFile: notPem,
        }),
      ).rejects.toMatchObject({ code: 'CA_FILE_UNREADABLE' });
    } finally {
      desktop.close();
    }
  });

  it('does not follow a redirect: the key is not sent again, to any address', async () => {
    const { provider } = await world().registeredProvider();
    let bodiesReceived = 0;
    const elsewhere = http.createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        bodiesReceived += 1;
        response.end('{}');
      });
    });
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
    const elsewherePort = (elsewhere.address() as AddressInfo).port;
    const redirecting = https.createServer(
      { cert: serverLeaf.certificatePem, key: serverLeaf.privateKeyPem },
      (request, response) => {
        request.resume();
        response.writeHead(307, { location: `http://127.0.0.1:${elsewherePort}/api/activation` }).end();
      },
    );
    await new Promise<void>((resolve) => redirecting.listen(0, '127.0.0.1', resolve));
    const desktop = openDesktop({ dataDir: tempDataDir(), language: 'ro' });
    try {
      await expect(
        desktop.activation.activate({
          licenseSerial: provider.key,
          insuranceHouse: provider.house,
          reactivate: false,
          newDatabase: false,
          serverUrl: `https://localhost:${(redirecting.address() as AddressInfo).port}`,
          caFile,
        }),
      ).rejects.toMatchObject({ code: 'SERVER_ANSWER_INVALID', params: { status: 307 } });
      expect(bodiesReceived).toBe(0);
    } finally {
      desktop.close();
      await new Promise<void>((resolve) => redirecting.close(() => resolve()));
      await new Promise<void>((resolve) => elsewhere.close(() => resolve()));
    }
  });
});
