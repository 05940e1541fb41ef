import type { FastifyPluginAsync } from 'fastify';
import {
  createOcspResponder,
  issuerCertIdHashes,
  MAX_OCSP_REQUEST_BYTES,
  OcspRequestError,
  parseOcspRequest,
} from '../modules/ocsp/ocsp-codec';
import { parseCertificate } from '../pki/certificate';
import { loadDemoCa } from './demo-ca';

// The demo CA's own OCSP responder (the issuer's responder the gateway asks), hosted by the SIUI
// server only while a demo scene exists in its data directory. Signed by the demo CA itself.

export const DEMO_OCSP_PATH = '/demo/ca/ocsp';

export const demoOcspRoutes: FastifyPluginAsync<{ dataDir: string }> = async (app, { dataDir }) => {
  const ca = loadDemoCa(dataDir);
  if (!ca) return;
  const caCertificate = parseCertificate(ca.certificatePem);
  const responder = createOcspResponder({ certificateDer: caCertificate.der, privateKey: ca.privateKey });
  const hashes = issuerCertIdHashes(caCertificate);
  app.addContentTypeParser(
    'application/ocsp-request',
    { parseAs: 'buffer', bodyLimit: MAX_OCSP_REQUEST_BYTES },
    (_r, body, done) => done(null, body),
  );
  app.post(DEMO_OCSP_PATH, { config: { public: true }, schema: { hide: true } }, async (request, reply) => {
    reply.type('application/ocsp-response').header('cache-control', 'no-store');
    let parsed: ReturnType<typeof parseOcspRequest>;
    try {
      parsed = parseOcspRequest(request.body as Uint8Array);
    } catch (error) {
      if (error instanceof OcspRequestError)
        return reply.send(Buffer.from(responder.errorResponse('malformedRequest')));
      throw error;
    }
    const now = new Date(Math.floor(Date.now() / 1000) * 1000);
    const body = responder.signResponse({
      producedAt: now,
      nonce: parsed.nonce,
      responses: parsed.requests.map((certId) => {
        const ours =
          (certId.hashAlgorithm === 'sha1' || certId.hashAlgorithm === 'sha256') &&
          hashes[certId.hashAlgorithm].issuerNameHash === certId.issuerNameHash &&
          hashes[certId.hashAlgorithm].issuerKeyHash === certId.issuerKeyHash;
        const entry = ours ? ca.statusOf(certId.serialNumber) : undefined;
        return {
          certId,
          status:
            entry?.status === 'good'
              ? { kind: 'good' as const }
              : entry?.status === 'revoked'
                ? {
                    kind: 'revoked' as const,
                    revokedAt: new Date(entry.revokedAt ?? now),
                    reason: 'keyCompromise' as const,
                  }
                : { kind: 'unknown' as const },
          thisUpdate: now,
          nextUpdate: new Date(now.getTime() + 5 * 60_000),
        };
      }),
    });
    return reply.send(Buffer.from(body));
  });
};
