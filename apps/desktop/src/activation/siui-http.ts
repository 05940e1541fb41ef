import http from 'node:http';
import https from 'node:https';
import tls from 'node:tls';
import { errorBodySchema, type Language } from '@siui/core';
import { DesktopError, SiuiRefusal } from '../errors/desktop-error';
import { checkServerUrl } from './server-url';

const TIMEOUT_MS = 15_000;
/** An activation answer is a few kilobytes; a server that sends more is not answering us. */
const MAX_ANSWER_BYTES = 1024 * 1024;

/** The certificate checks that mean "this is not the server you think it is", not "it is down". */
const UNTRUSTED_CERTIFICATE = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'CERT_SIGNATURE_FAILURE',
  'INVALID_PURPOSE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

export interface SiuiTrust {
  /** PEM certificates trusted besides Node's default roots (`--ca FILE` at activation). */
  caPem?: string | undefined;
}

interface RawAnswer {
  status: number;
  retryAfter: string | undefined;
  text: string;
}

/**
 * A JSON request to the SIUI server's public API (not the online gateway), over HTTPS — plain
 * HTTP only to this computer (server-url.ts), checked here so that no caller can skip it. The
 * server's certificate must chain to Node's roots or to the CA given at activation. Network
 * failures and error bodies become typed errors whose message a person can act on.
 */
export async function postSiuiJson(
  serverUrl: string,
  path: string,
  body: unknown,
  language: Language,
  trust: SiuiTrust = {},
): Promise<unknown> {
  const origin = checkServerUrl(serverUrl);
  const url = new URL(path, origin);
  let answer: RawAnswer;
  try {
    answer = await send(url, JSON.stringify(body), language, trust);
  } catch (error) {
    const reason = networkReason(error);
    if (UNTRUSTED_CERTIFICATE.has(reason)) {
      throw new DesktopError('SERVER_CERTIFICATE_UNTRUSTED', { url: origin, reason }, { cause: error });
    }
    throw new DesktopError('SERVER_UNREACHABLE', { url: serverUrl, reason }, { cause: error });
  }
  const json = parseJson(answer.text);
  if (answer.status >= 200 && answer.status < 300 && json !== undefined) return json;
  const failure = errorBodySchema.safeParse(json);
  if (!failure.success) throw new DesktopError('SERVER_ANSWER_INVALID', { status: answer.status });
  const retryAfter = Number(answer.retryAfter);
  throw new SiuiRefusal(
    answer.status,
    failure.data.error.code,
    failure.data.error.message,
    Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
  );
}

/**
 * node:http(s) rather than fetch: fetch can neither take a CA nor be kept from following a
 * redirect to another address (a redirect is answered as what it is, an unexpected status).
 */
function send(url: URL, payload: string, language: Language, trust: SiuiTrust): Promise<RawAnswer> {
  const options: https.RequestOptions = {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(payload)),
      'accept-language': language,
      accept: 'application/json',
    },
    timeout: TIMEOUT_MS,
  };
  if (url.protocol === 'https:') {
    options.minVersion = 'TLSv1.2';
    // Given a CA, Node would trust it alone: the public roots are kept beside it.
    if (trust.caPem) options.ca = [...tls.rootCertificates, trust.caPem];
  }
  return new Promise((resolve, reject) => {
    const onAnswer = (response: http.IncomingMessage) => {
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_ANSWER_BYTES) {
          request.destroy(new Error('answer too large'));
          return;
        }
        chunks.push(chunk);
      });
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          retryAfter: [response.headers['retry-after']].flat()[0],
          text: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      response.on('error', reject);
    };
    const request =
      url.protocol === 'https:'
        ? https.request(url, options, onAnswer)
        : http.request(url, options, onAnswer);
    // The whole exchange, not only the silence between two packets, is bounded.
    const deadline = setTimeout(() => request.destroy(timeoutError()), TIMEOUT_MS);
    request.on('timeout', () => request.destroy(timeoutError()));
    request.on('error', reject);
    request.on('close', () => clearTimeout(deadline));
    request.end(payload);
  });
}

function timeoutError(): Error {
  const error = new Error('timeout');
  error.name = 'TimeoutError';
  return error;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The system error code (ECONNREFUSED, ETIMEDOUT …) under fetch's generic "fetch failed". */
export function networkReason(error: unknown): string {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth += 1) {
    const code = (current as NodeJS.ErrnoException).code;
    if (typeof code === 'string') return code;
    if (current.name === 'TimeoutError') return 'timeout';
    current = current.cause;
  }
  return error instanceof Error ? error.message : String(error);
}
