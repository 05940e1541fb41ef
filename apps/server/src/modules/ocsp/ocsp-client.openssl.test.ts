/**
 * The OCSP client over real HTTP against `openssl ocsp` as the issuing authority's responder, an
 * implementation we did not write, plus the network failures the gateway must bound.
 */
import { createServer, type Server } from 'node:http';
import { type AddressInfo, createServer as createTcpServer, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestCa,
  indexEntryFor,
  issueLeafCertificate,
  issueOcspSigner,
  type OpensslOcspResponder,
  startOpensslOcspResponder,
  type TestCa,
  type TestCertificate,
} from '../../../test/pki';
import { OcspClientError, type OcspClientErrorCode, queryOcsp } from './ocsp-client';

let ca: TestCa;
let leaves: Record<'good' | 'suspended' | 'compromised' | 'unlisted', TestCertificate>;
let delegated: OpensslOcspResponder;
let issuerSigned: OpensslOcspResponder;
let wrongSigner: OpensslOcspResponder;
const revokedAt = new Date('2026-01-10T12:00:00Z');

async function failureCode(promise: Promise<unknown>): Promise<OcspClientErrorCode | 'RESOLVED' | 'OTHER'> {
  try {
    await promise;
    return 'RESOLVED';
  } catch (error) {
    return error instanceof OcspClientError ? error.code : 'OTHER';
  }
}

const ask = (
  url: string,
  leaf: TestCertificate,
  extra: { timeoutMs?: number; hash?: 'sha1' | 'sha256' } = {},
) =>
  queryOcsp({
    url,
    certificate: leaf.certificate,
    issuer: ca.certificate,
    timeoutMs: extra.timeoutMs ?? 5_000,
    ...extra,
  });

beforeAll(async () => {
  ca = await createTestCa({ name: 'Emitent OpenSSL' });
  leaves = {
    good: await issueLeafCertificate(ca, { commonName: 'Bun' }),
    suspended: await issueLeafCertificate(ca, { commonName: 'Suspendat' }),
    compromised: await issueLeafCertificate(ca, { commonName: 'Compromis' }),
    unlisted: await issueLeafCertificate(ca, { commonName: 'Nelistat' }),
  };
  const entries = [
    indexEntryFor(leaves.good),
    indexEntryFor(leaves.suspended, { revokedAt, reason: 'certificateHold' }),
    indexEntryFor(leaves.compromised, { revokedAt, reason: 'keyCompromise' }),
  ];
  const otherCa = await createTestCa({ name: 'Alt emitent' });
  [delegated, issuerSigned, wrongSigner] = await Promise.all([
    startOpensslOcspResponder({ ca, signer: await issueOcspSigner(ca), entries }),
    startOpensslOcspResponder({ ca, signer: ca, entries }),
    // Knows the right index and CA, but signs with a responder certificate of another CA.
    startOpensslOcspResponder({ ca, signer: await issueOcspSigner(otherCa), entries }),
  ]);
}, 30_000);

afterAll(async () => {
  await Promise.all([delegated, issuerSigned, wrongSigner].map((responder) => responder?.stop()));
});

describe('queryOcsp against openssl ocsp', () => {
  it.each(['sha1', 'sha256'] as const)('reads good from a delegated responder (%s CertID)', async (hash) => {
    const result = await ask(delegated.url, leaves.good, { hash });
    expect(result).toMatchObject({ status: 'good', signedBy: 'delegated' });
    expect(result.nextUpdate && result.nextUpdate.getTime() - result.thisUpdate.getTime()).toBe(5 * 60_000);
    expect(Math.abs(result.producedAt.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it('reads a suspension as revoked, certificateHold', async () => {
    const result = await ask(delegated.url, leaves.suspended);
    expect(result).toMatchObject({ status: 'revoked', reason: 'certificateHold', revokedAt });
  });

  it('reads a revocation for key compromise', async () => {
    expect(await ask(delegated.url, leaves.compromised)).toMatchObject({
      status: 'revoked',
      reason: 'keyCompromise',
    });
  });

  it('reads unknown for a certificate the CA never listed', async () => {
    expect((await ask(delegated.url, leaves.unlisted)).status).toBe('unknown');
  });

  it('accepts a response signed by the issuing CA itself (responder ID by name)', async () => {
    expect(await ask(issuerSigned.url, leaves.good)).toMatchObject({ status: 'good', signedBy: 'issuer' });
  });

  it('refuses a response signed by another CA’s responder certificate', async () => {
    expect(await failureCode(ask(wrongSigner.url, leaves.good))).toBe('BAD_SIGNATURE');
  });

  it('sees a revocation once the issuer’s index changes', async () => {
    const responder = await startOpensslOcspResponder({
      ca,
      signer: ca,
      entries: [indexEntryFor(leaves.good)],
    });
    try {
      expect((await ask(responder.url, leaves.good)).status).toBe('good');
      await responder.setEntries([indexEntryFor(leaves.good, { reason: 'certificateHold' })]);
      expect(await ask(responder.url, leaves.good)).toMatchObject({
        status: 'revoked',
        reason: 'certificateHold',
      });
    } finally {
      await responder.stop();
    }
  });
});

describe('queryOcsp over a bad network', () => {
  it('reports TIMEOUT within the bound when the responder accepts and never answers', async () => {
    const sockets = new Set<Socket>();
    const silent = createTcpServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const started = Date.now();
      const code = await failureCode(
        ask(`http://127.0.0.1:${(silent.address() as AddressInfo).port}/`, leaves.good, { timeoutMs: 300 }),
      );
      const elapsed = Date.now() - started;
      expect(code).toBe('TIMEOUT');
      expect(elapsed).toBeGreaterThanOrEqual(290);
      expect(elapsed).toBeLessThan(1_300);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it('reports TIMEOUT when the responder stalls in the middle of the body', async () => {
    const stalling = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/ocsp-response', 'content-length': '500' });
      res.write(Buffer.from([0x30, 0x82]));
    });
    const url = await listen(stalling);
    try {
      expect(await failureCode(ask(url, leaves.good, { timeoutMs: 300 }))).toBe('TIMEOUT');
    } finally {
      stalling.closeAllConnections();
      await new Promise((resolve) => stalling.close(resolve));
    }
  });

  it('reports UNREACHABLE when nothing listens', async () => {
    const probe = createTcpServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise((resolve) => probe.close(resolve));
    expect(await failureCode(ask(`http://127.0.0.1:${port}/`, leaves.good))).toBe('UNREACHABLE');
  });

  it('reports HTTP_STATUS for an HTTP error', async () => {
    const failing = createServer((_req, res) => {
      res.writeHead(500);
      res.end('boom');
    });
    const url = await listen(failing);
    try {
      expect(await failureCode(ask(url, leaves.good))).toBe('HTTP_STATUS');
    } finally {
      await new Promise((resolve) => failing.close(resolve));
    }
  });
});

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}
