/**
 * Benchmark 6: from the moment the staff PATCH that suspends a certificate returns, how long until
 * the gateway refuses that certificate on an open keep-alive session, and until the OCSP responder
 * (its cached GET answer warmed just before) says revoked. Each trial then lifts the suspension.
 */
import { BasicOCSPResponse, OCSPRequest, OCSPResponse, Request, TBSRequest } from '@peculiar/asn1-ocsp';
import { AsnConvert } from '@peculiar/asn1-schema';
import { certIdOf, issuerHashes } from '../../apps/server/src/modules/ocsp/ocsp-codec';
import type { TestCa } from '../../apps/server/test/pki';
import type { StaffApi } from './api';
import type { EnrolledProvider } from './enroll';
import { percentiles, round } from './support';
import { httpRequest, TlsHttpConnection } from './tls-load';

export interface SuspensionFigures {
  trials: number;
  /** Requests the gateway answered before the refusal (0 = the very next request refused). */
  gatewayAllowedAfterPatch: number;
  gatewayP50Ms: number;
  gatewayMaxMs: number;
  /** OCSP answers still `good` after the PATCH returned (0 = the very next answer revoked). */
  ocspGoodAfterPatch: number;
  ocspMaxMs: number;
}

function ocspGetPath(ca: TestCa, serialNumber: string): string {
  const certId = { hashAlgorithm: 'sha1' as const, ...issuerHashes(ca.certificate, 'sha1'), serialNumber };
  const der = AsnConvert.serialize(
    new OCSPRequest({
      tbsRequest: new TBSRequest({ requestList: [new Request({ reqCert: certIdOf(certId) })] }),
    }),
  );
  return `/ocsp/${encodeURIComponent(Buffer.from(der).toString('base64'))}`;
}

/** The status a GET /ocsp/… answer gives for its one certificate. */
export async function ocspStatusOf(url: string): Promise<'good' | 'revoked' | 'unknown'> {
  const body = new Uint8Array(await (await fetch(url)).arrayBuffer());
  const response = AsnConvert.parse(body, OCSPResponse);
  const bytes = response.responseBytes?.response.buffer;
  if (!bytes) throw new Error('OCSP error response');
  const status = AsnConvert.parse(bytes, BasicOCSPResponse).tbsResponseData.responses[0]?.certStatus;
  if (status?.good !== undefined) return 'good';
  if (status?.revoked) return 'revoked';
  return 'unknown';
}

export async function benchSuspension(options: {
  onlineUrl: string;
  httpUrl: string;
  serverCa: string;
  houseAdmin: StaffApi;
  ca: TestCa;
  provider: EnrolledProvider;
  trials: number;
}): Promise<SuspensionFigures> {
  const { provider } = options;
  const url = new URL(options.onlineUrl);
  const target = { host: url.hostname, port: Number(url.port), serverCa: options.serverCa };
  const client = { cert: provider.leaf.certificatePem, key: provider.leaf.privateKeyPem };
  const auth = `Basic ${Buffer.from(`${provider.username}:${provider.key}`).toString('base64')}`;
  const ocspUrl = `${options.httpUrl}${ocspGetPath(options.ca, provider.leaf.certificate.serialNumber)}`;
  const gatewayMs: number[] = [];
  const ocspMs: number[] = [];
  let allowedAfter = 0;
  let goodAfter = 0;
  const patch = (suspended: boolean) =>
    options.houseAdmin.expect(200, 'PATCH', `/api/user-certificates/${provider.registrationId}`, {
      suspended,
      ...(suspended ? { reason: 'bench' } : {}),
    });
  for (let trial = 0; trial < options.trials; trial += 1) {
    const connection = await TlsHttpConnection.open(target, client);
    try {
      const opened = await connection.request(
        httpRequest('GET', '/online/v1/session', { Authorization: auth }),
      );
      if (opened.status !== 200) throw new Error(`session: ${opened.status} ${opened.body}`);
      const token = (JSON.parse(opened.body.toString('utf8')) as { token: string }).token;
      const heartbeat = httpRequest('GET', '/online/v1/heartbeat', { 'X-SIUI-Session': token });
      if ((await connection.request(heartbeat)).status !== 200) throw new Error('heartbeat refused before');
      for (let warm = 0; warm < 2; warm += 1) {
        if ((await ocspStatusOf(ocspUrl)) !== 'good') throw new Error('OCSP not good before the suspension');
      }
      await patch(true);
      const returned = performance.now();
      // Both asked at once, the moment the PATCH has returned.
      const gateway = (async () => {
        for (;;) {
          const answer = await connection.request(heartbeat);
          if (answer.status === 401) return performance.now() - returned;
          allowedAfter += 1;
          if (performance.now() - returned > 10_000) throw new Error('never refused');
        }
      })();
      const ocsp = (async () => {
        for (;;) {
          if ((await ocspStatusOf(ocspUrl)) === 'revoked') return performance.now() - returned;
          goodAfter += 1;
          if (performance.now() - returned > 10_000) throw new Error('OCSP never said revoked');
        }
      })();
      const [gatewayTook, ocspTook] = await Promise.all([gateway, ocsp]);
      gatewayMs.push(gatewayTook);
      ocspMs.push(ocspTook);
    } finally {
      connection.close();
    }
    await patch(false);
  }
  const [gatewayP50 = 0] = percentiles(gatewayMs, [50]);
  return {
    trials: options.trials,
    gatewayAllowedAfterPatch: allowedAfter,
    gatewayP50Ms: round(gatewayP50, 3),
    gatewayMaxMs: round(Math.max(...gatewayMs), 3),
    ocspGoodAfterPatch: goodAfter,
    ocspMaxMs: round(Math.max(...ocspMs), 3),
  };
}
