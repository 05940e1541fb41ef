/**
 * Micro-measurement, printed and not asserted (timings vary by machine): how many OCSP responses
 * the codec signs per second on one core. The benchmark target is >= 10,000/s.
 */

import { OCSPRequest } from '@peculiar/asn1-ocsp';
import { AsnConvert } from '@peculiar/asn1-schema';
import { describe, expect, it } from 'vitest';
import { createStandaloneOcspSigner, createTestCa, issueLeafCertificate } from '../../../test/pki';
import { buildOcspRequest } from './ocsp-client-request';
import { createOcspResponder, parseOcspRequest } from './ocsp-codec';

function ratePerSecond(durationMs: number, work: () => void): number {
  for (let warmUp = 0; warmUp < 200; warmUp += 1) work();
  let count = 0;
  const start = performance.now();
  while (performance.now() - start < durationMs) {
    for (let batch = 0; batch < 50; batch += 1) work();
    count += 50;
  }
  return Math.round(count / ((performance.now() - start) / 1000));
}

describe('OCSP codec throughput (printed, not asserted)', () => {
  it('measures parse + sign per second on one core', async () => {
    const ca = await createTestCa({ name: 'Emitent' });
    const leaf = await issueLeafCertificate(ca, { commonName: 'Furnizor' });
    const requestDer = buildOcspRequest({
      certificate: leaf.certificate,
      issuer: ca.certificate,
      nonce: true,
    }).der;
    const parsed = parseOcspRequest(requestDer);
    const lines: string[] = [];

    for (const keyAlgorithm of ['ecdsa', 'rsa'] as const) {
      const signer = await createStandaloneOcspSigner({ keyAlgorithm });
      const responder = createOcspResponder({
        certificateDer: signer.certificateDer,
        privateKey: signer.privateKey,
      });
      const now = new Date();
      const later = new Date(now.getTime() + 300_000);
      const sign = () =>
        responder.signResponse({
          producedAt: now,
          nonce: parsed.nonce,
          responses: [
            {
              certId: parsed.requests[0] ?? { der: new Uint8Array() },
              status: { kind: 'good' },
              thisUpdate: now,
              nextUpdate: later,
            },
          ],
        });
      const label = keyAlgorithm === 'ecdsa' ? 'ECDSA P-256' : 'RSA 2048';
      lines.push(`signResponse, ${label}: ${ratePerSecond(1000, sign).toLocaleString('en')} responses/s`);
      if (keyAlgorithm === 'ecdsa') {
        const both = () => {
          const request = parseOcspRequest(requestDer);
          responder.signResponse({
            producedAt: now,
            nonce: request.nonce,
            responses: request.requests.map((certId) => ({
              certId,
              status: { kind: 'good' },
              thisUpdate: now,
              nextUpdate: later,
            })),
          });
        };
        lines.push(
          `parseOcspRequest + signResponse, ${label}: ${ratePerSecond(1000, both).toLocaleString('en')} /s`,
        );
      }
    }
    lines.push(
      `parseOcspRequest: ${ratePerSecond(500, () => parseOcspRequest(requestDer)).toLocaleString('en')} /s`,
    );
    lines.push(
      `asn1-ocsp AsnConvert.parse (for comparison): ${ratePerSecond(500, () => AsnConvert.parse(requestDer, OCSPRequest)).toLocaleString('en')} /s`,
    );
    console.log(`\n[ocsp-codec throughput]\n  ${lines.join('\n  ')}\n`);
    expect(lines).toHaveLength(5);
  }, 30_000);
});
