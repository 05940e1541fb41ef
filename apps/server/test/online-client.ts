import https from 'node:https';
import type { TLSSocket } from 'node:tls';
import { loadKeyHasher } from '../src/modules/activation-keys/key-hasher';
import { type OnlineGateway, startOnlineGateway } from '../src/modules/online/online-gateway';
import type { UpstreamOcspChecker } from '../src/modules/online/upstream-ocsp';
import type { TestApp } from './test-app';

/** The online gateway of a test app, on a free port of 127.0.0.1. */
export async function startTestGateway(
  t: TestApp,
  options: { upstream?: UpstreamOcspChecker; clock?: () => Date; logStream?: NodeJS.WritableStream } = {},
) {
  const gateway: OnlineGateway = await startOnlineGateway({
    config: { ...t.config, online: { ...t.config.online, host: '127.0.0.1', port: 0 } },
    database: t.database,
    hasher: loadKeyHasher(t.config),
    ...options,
  });
  const endpoint = gateway.endpoint();
  if (!endpoint) throw new Error('gateway without endpoint');
  return { gateway, url: new URL(endpoint.url), serverCa: endpoint.tlsCertificatePem };
}

export interface OnlineCall {
  method?: 'GET' | 'POST' | 'DELETE';
  path: string;
  /** The provider's client certificate and key (PEM); omitted = no client certificate. */
  cert?: string;
  key?: string;
  auth?: { username: string; password: string };
  token?: string;
  body?: unknown;
  /** Bytes sent as they are (malformed JSON, another content type …) instead of `body`. */
  rawBody?: { contentType: string; bytes: Buffer };
  agent?: https.Agent;
  /** More headers, e.g. a forged X-Forwarded-For. */
  headers?: Record<string, string>;
  maxVersion?: 'TLSv1.2' | 'TLSv1.3';
}

export interface OnlineAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  json: () => Record<string, unknown> & {
    error?: { code: string; message: string; fields?: Record<string, string> };
  };
  sessionReused: boolean;
  tlsVersion: string | null;
}

/** One HTTPS request to the gateway, the way a provider's desktop makes it (pinned server certificate). */
export function callOnline(target: { url: URL; serverCa: string }, call: OnlineCall): Promise<OnlineAnswer> {
  const payload =
    call.rawBody?.bytes ?? (call.body === undefined ? undefined : Buffer.from(JSON.stringify(call.body)));
  const contentType = call.rawBody?.contentType ?? 'application/json';
  return new Promise((resolve, reject) => {
    const request = https.request(
      {
        host: target.url.hostname,
        port: target.url.port,
        path: call.path,
        method: call.method ?? 'GET',
        ca: target.serverCa,
        ...(call.cert ? { cert: call.cert, key: call.key } : {}),
        ...(call.maxVersion ? { maxVersion: call.maxVersion } : {}),
        agent: call.agent ?? false,
        headers: {
          ...call.headers,
          ...(call.auth
            ? {
                authorization: `Basic ${Buffer.from(`${call.auth.username}:${call.auth.password}`).toString('base64')}`,
              }
            : {}),
          ...(call.token ? { 'x-siui-session': call.token } : {}),
          ...(payload ? { 'content-type': contentType, 'content-length': String(payload.length) } : {}),
        },
      },
      (response) => {
        // Read now: a keep-alive socket goes back to its agent (response.socket = null) at the end.
        const socket = response.socket as TLSSocket;
        const sessionReused = socket.isSessionReused?.() ?? false;
        const tlsVersion = socket.getProtocol?.() ?? null;
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: unknown = text;
          try {
            body = JSON.parse(text);
          } catch {}
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body,
            json: () => body as ReturnType<OnlineAnswer['json']>,
            sessionReused,
            tlsVersion,
          });
        });
      },
    );
    request.on('error', reject);
    if (payload) request.write(payload);
    request.end();
  });
}
