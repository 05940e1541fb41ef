/**
 * The OCSP client the online gateway uses to ask an issuing authority's responder about a provider
 * certificate: POST (RFC 6960 A.1) with a hard time bound, then a full verification of the answer.
 */
import type { ParsedCertificate } from '../../pki/certificate';
import { OcspClientError } from './ocsp-client-errors';
import { buildOcspRequest } from './ocsp-client-request';
import { type OcspCheckResult, verifyOcspResponse } from './ocsp-client-verify';

export { OcspClientError, type OcspClientErrorCode } from './ocsp-client-errors';
export { type BuiltOcspRequest, buildOcspRequest } from './ocsp-client-request';
export type { ResponderKind } from './ocsp-client-signer';
export {
  DEFAULT_CLOCK_SKEW_MS,
  type OcspCheckResult,
  type VerifyOcspResponseOptions,
  verifyOcspResponse,
} from './ocsp-client-verify';

/** Real responses are a few KiB; anything near this is not an OCSP response. */
export const MAX_OCSP_RESPONSE_BYTES = 256 * 1024;

export interface QueryOcspOptions {
  url: string;
  certificate: ParsedCertificate;
  issuer: ParsedCertificate;
  /** Bound on the whole exchange: connecting, sending, and reading the response. */
  timeoutMs: number;
  fetchImpl?: typeof fetch;
  hash?: 'sha1' | 'sha256';
  /** Send a nonce (default true). */
  nonce?: boolean;
  requireNonceEcho?: boolean;
  clockSkewMs?: number;
  now?: () => Date;
}

export async function queryOcsp(options: QueryOcspOptions): Promise<OcspCheckResult> {
  const request = buildOcspRequest({
    certificate: options.certificate,
    issuer: options.issuer,
    nonce: options.nonce ?? true,
    ...(options.hash ? { hash: options.hash } : {}),
  });
  const responseDer = await post(options, request.der);
  return await verifyOcspResponse({
    responseDer,
    request,
    issuer: options.issuer,
    ...(options.now ? { now: options.now() } : {}),
    ...(options.clockSkewMs === undefined ? {} : { clockSkewMs: options.clockSkewMs }),
    ...(options.requireNonceEcho === undefined ? {} : { requireNonceEcho: options.requireNonceEcho }),
  });
}

async function post(options: QueryOcspOptions, body: Uint8Array): Promise<Uint8Array> {
  const fetchImpl = options.fetchImpl ?? fetch;
  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    const response = await fetchImpl(options.url, {
      method: 'POST',
      headers: { 'content-type': 'application/ocsp-request', accept: 'application/ocsp-response' },
      body,
      signal,
      redirect: 'error',
    });
    if (!response.ok) {
      await response.body?.cancel();
      throw new OcspClientError('HTTP_STATUS', `the OCSP responder answered HTTP ${response.status}`);
    }
    return await readLimited(response);
  } catch (error) {
    if (error instanceof OcspClientError) throw error;
    if (signal.aborted) {
      throw new OcspClientError('TIMEOUT', `no OCSP answer within ${options.timeoutMs} ms`, { cause: error });
    }
    throw new OcspClientError('UNREACHABLE', `cannot reach the OCSP responder at ${options.url}`, {
      cause: error,
    });
  }
}

async function readLimited(response: Response): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > MAX_OCSP_RESPONSE_BYTES) {
    await response.body?.cancel();
    throw new OcspClientError('MALFORMED', `an OCSP response of ${declared} bytes`);
  }
  if (!response.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of response.body) {
    total += chunk.byteLength;
    // Throwing out of the loop cancels the stream, so an endless body stops being read here.
    if (total > MAX_OCSP_RESPONSE_BYTES) {
      throw new OcspClientError('MALFORMED', 'the OCSP response is too large');
    }
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks));
}
