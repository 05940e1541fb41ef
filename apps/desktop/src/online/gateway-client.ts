import https from 'node:https';
import tls, { type PeerCertificate } from 'node:tls';
import { errorBodySchema, type Language, type OnlineEndpoint } from '@siui/core';
import { networkReason } from '../activation/siui-http';
import type { ClientCredentials } from '../certificate/certificate.service';
import { DesktopError, SiuiRefusal } from '../errors/desktop-error';

export interface GatewayRequest {
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  basicAuth?: { username: string; password: string };
  sessionToken?: string;
  body?: unknown;
}

export interface GatewayAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

const TIMEOUT_MS = 20_000;

class PinMismatchError extends Error {
  override name = 'PinMismatchError';
}

/** `AA:BB:…` or `aabb…` → `AABB…`, the form the activation answer uses. */
export function normalizeFingerprint(fingerprint: string): string {
  return fingerprint.replace(/[^0-9a-f]/gi, '').toUpperCase();
}

/**
 * HTTPS to the online gateway with the provider's certificate (mutual TLS). The server is trusted
 * only if its certificate is the one pinned at activation (SHA-256 fingerprint): its own
 * self-signed certificate is the trust anchor, the pin is checked instead of the host name.
 */
export class GatewayClient {
  private readonly agent: https.Agent;
  private readonly origin: URL;

  constructor(
    endpoint: OnlineEndpoint,
    credentials: ClientCredentials,
    private readonly language: () => Language,
  ) {
    this.origin = new URL(endpoint.url);
    const pin = normalizeFingerprint(endpoint.tlsCertificateSha256);
    this.agent = new https.Agent({
      keepAlive: true,
      maxSockets: 2,
      // The pinned certificate anchors a self-signed gateway; the public roots one issued by a CA.
      ca: [...tls.rootCertificates, endpoint.tlsCertificatePem],
      cert: credentials.certificatePem,
      key: credentials.privateKeyPem,
      minVersion: 'TLSv1.2',
      checkServerIdentity: (_host: string, certificate: PeerCertificate) =>
        normalizeFingerprint(certificate.fingerprint256) === pin ? undefined : new PinMismatchError('pin'),
    });
  }

  request(call: GatewayRequest): Promise<GatewayAnswer> {
    const payload = call.body === undefined ? undefined : Buffer.from(JSON.stringify(call.body));
    const headers: Record<string, string> = {
      accept: 'application/json',
      'accept-language': this.language(),
    };
    if (call.basicAuth) {
      const pair = `${call.basicAuth.username}:${call.basicAuth.password}`;
      headers.authorization = `Basic ${Buffer.from(pair).toString('base64')}`;
    }
    if (call.sessionToken) headers['x-siui-session'] = call.sessionToken;
    if (payload) {
      headers['content-type'] = 'application/json';
      headers['content-length'] = String(payload.length);
    }
    return new Promise((resolve, reject) => {
      const request = https.request(
        {
          protocol: 'https:',
          hostname: this.origin.hostname.replace(/^\[|\]$/g, ''),
          port: this.origin.port || 443,
          path: call.path,
          method: call.method,
          agent: this.agent,
          headers,
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', (error) => reject(unreachable(error)));
          response.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            const answer = {
              status: response.statusCode ?? 0,
              headers: response.headers,
              body: parseJson(text),
            };
            try {
              resolve(checkAnswer(answer));
            } catch (error) {
              reject(error);
            }
          });
        },
      );
      request.setTimeout(TIMEOUT_MS, () =>
        request.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })),
      );
      request.on('error', (error) =>
        reject(error instanceof PinMismatchError ? new DesktopError('PIN_MISMATCH') : unreachable(error)),
      );
      request.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

function checkAnswer(answer: GatewayAnswer): GatewayAnswer {
  if (answer.status >= 200 && answer.status < 300) return answer;
  const failure = errorBodySchema.safeParse(answer.body);
  if (!failure.success) throw new DesktopError('SERVER_ANSWER_INVALID', { status: answer.status });
  const retryAfter = Number(answer.headers['retry-after']);
  throw new SiuiRefusal(
    answer.status,
    failure.data.error.code,
    failure.data.error.message,
    Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
  );
}

function unreachable(error: unknown): DesktopError {
  return new DesktopError('GATEWAY_UNREACHABLE', { reason: networkReason(error) }, { cause: error });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
