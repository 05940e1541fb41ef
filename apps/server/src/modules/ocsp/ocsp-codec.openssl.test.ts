/**
 * Interop: `openssl ocsp` as the client, our codec behind a bare node:http server as the responder.
 * openssl is an independent implementation, so a `Response verify OK` here proves the encoding,
 * the signature, the responder ID and the nonce echo, not just agreement with our own decoder.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createStandaloneOcspSigner,
  createTempDir,
  createTestCa,
  issueLeafCertificate,
  runOpenssl,
  type TempDir,
  type TestCa,
  type TestCertificate,
} from '../../../test/pki';
import {
  type CertificateStatus,
  createOcspResponder,
  issuerCertIdHashes,
  OcspRequestError,
  type OcspResponder,
  parseOcspRequest,
} from './ocsp-codec';

const MINUTE_MS = 60_000;

let dir: TempDir;
let ca: TestCa;
let responder: OcspResponder;
let server: Server;
let url: string;
let leaves: Record<'good' | 'suspended' | 'unregistered', TestCertificate>;

/** The registry in miniature: good, suspended (certificateHold), and everything else unknown. */
function statusOf(serialNumber: string): CertificateStatus {
  if (serialNumber === leaves.good.certificate.serialNumber) return { kind: 'good' };
  if (serialNumber === leaves.suspended.certificate.serialNumber) {
    return { kind: 'revoked', revokedAt: new Date('2026-01-15T08:30:00Z'), reason: 'certificateHold' };
  }
  return { kind: 'unknown' };
}

function answer(body: Uint8Array): Uint8Array {
  let request: ReturnType<typeof parseOcspRequest>;
  try {
    request = parseOcspRequest(body);
  } catch (error) {
    if (error instanceof OcspRequestError) return responder.errorResponse('malformedRequest');
    throw error;
  }
  const hashes = issuerCertIdHashes(ca.certificate);
  const now = new Date();
  return responder.signResponse({
    producedAt: now,
    nonce: request.nonce,
    responses: request.requests.map((certId) => {
      const known =
        certId.hashAlgorithm === 'sha1' || certId.hashAlgorithm === 'sha256'
          ? hashes[certId.hashAlgorithm]
          : null;
      const ours =
        known?.issuerNameHash === certId.issuerNameHash && known.issuerKeyHash === certId.issuerKeyHash;
      return {
        certId,
        status: ours ? statusOf(certId.serialNumber) : { kind: 'unknown' },
        thisUpdate: now,
        nextUpdate: new Date(now.getTime() + 5 * MINUTE_MS),
      };
    }),
  });
}

beforeAll(async () => {
  dir = await createTempDir();
  ca = await createTestCa({ name: 'Emitent Interop' });
  leaves = {
    good: await issueLeafCertificate(ca, { commonName: 'Bun' }),
    suspended: await issueLeafCertificate(ca, { commonName: 'Suspendat' }),
    unregistered: await issueLeafCertificate(ca, { commonName: 'Neînregistrat' }),
  };
  const signer = await createStandaloneOcspSigner();
  responder = createOcspResponder({ certificateDer: signer.certificateDer, privateKey: signer.privateKey });
  await dir.write('ca.pem', ca.certificatePem);
  await dir.write('responder.pem', signer.certificatePem);
  for (const [name, leaf] of Object.entries(leaves)) await dir.write(`${name}.pem`, leaf.certificatePem);

  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/ocsp-response' });
      res.end(answer(new Uint8Array(Buffer.concat(chunks))));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await dir.remove();
});

const ask = (leafName: string, options: string[]) =>
  runOpenssl(
    [
      'ocsp',
      ...options,
      '-issuer',
      'ca.pem',
      '-cert',
      `${leafName}.pem`,
      '-url',
      url,
      '-VAfile',
      'responder.pem',
    ],
    {
      cwd: dir.path,
    },
  );

describe('our OCSP responder codec, asked by openssl ocsp', () => {
  // `-sha256` must come before `-cert`: openssl builds the CertID when it reads -cert.
  const variants = [
    { label: 'nonce, SHA-1 CertID', options: [] },
    { label: 'no nonce, SHA-1 CertID', options: ['-no_nonce'] },
    { label: 'nonce, SHA-256 CertID', options: ['-sha256'] },
    { label: 'no nonce, SHA-256 CertID', options: ['-no_nonce', '-sha256'] },
  ];

  it.each(variants)('answers good ($label)', async ({ options }) => {
    const result = await ask('good', options);
    expect(result.output).toContain('Response verify OK');
    expect(result.stdout).toMatch(/^good\.pem: good$/m);
    expect(result.stdout).toMatch(/This Update: .+\n\s+Next Update: .+/);
    expect(result.output).not.toMatch(/WARNING|Nonce Verify error|Status times invalid/i);
    expect(result.code).toBe(0);
  });

  it.each(variants)('answers a suspension as revoked, certificateHold ($label)', async ({ options }) => {
    const result = await ask('suspended', options);
    expect(result.output).toContain('Response verify OK');
    expect(result.stdout).toMatch(/^suspended\.pem: revoked$/m);
    expect(result.stdout).toMatch(/^\s+Reason: certificateHold$/m);
    expect(result.stdout).toMatch(/Revocation Time: Jan 15 08:30:00 2026 GMT/);
    expect(result.output).not.toMatch(/WARNING|Nonce Verify error/i);
  });

  it.each(variants)('answers unknown for an unregistered certificate ($label)', async ({ options }) => {
    const result = await ask('unregistered', options);
    expect(result.output).toContain('Response verify OK');
    expect(result.stdout).toMatch(/^unregistered\.pem: unknown$/m);
  });

  it('answers several certificates in one request', async () => {
    const result = await runOpenssl(
      [
        'ocsp',
        '-issuer',
        'ca.pem',
        '-cert',
        'good.pem',
        '-cert',
        'suspended.pem',
        '-url',
        url,
        '-VAfile',
        'responder.pem',
      ],
      { cwd: dir.path },
    );
    expect(result.output).toContain('Response verify OK');
    expect(result.stdout).toMatch(/^good\.pem: good$/m);
    expect(result.stdout).toMatch(/^suspended\.pem: revoked$/m);
  });

  it('lets openssl catch a responder it does not trust', async () => {
    const result = await runOpenssl(
      ['ocsp', '-issuer', 'ca.pem', '-cert', 'good.pem', '-url', url, '-CAfile', 'ca.pem'],
      { cwd: dir.path },
    );
    expect(result.output).toContain('Response Verify Failure');
  });

  it('answers malformedRequest to a request it cannot parse', async () => {
    // openssl happily sends a request with an empty request list; RFC 6960 has no use for it.
    await dir.write('empty-request.der', Uint8Array.of(0x30, 0x04, 0x30, 0x02, 0x30, 0x00));
    const result = await runOpenssl(
      ['ocsp', '-reqin', 'empty-request.der', '-url', url, '-VAfile', 'responder.pem'],
      {
        cwd: dir.path,
      },
    );
    expect(result.stdout).toContain('Responder Error: malformedrequest (1)');

    const garbage = await fetch(url, { method: 'POST', body: new Uint8Array([1, 2, 3]) });
    await dir.write('garbage-response.der', new Uint8Array(await garbage.arrayBuffer()));
    const decoded = await runOpenssl(['ocsp', '-respin', 'garbage-response.der', '-resp_text', '-noverify'], {
      cwd: dir.path,
    });
    expect(decoded.stdout).toContain('Responder Error: malformedrequest (1)');
  });
});
