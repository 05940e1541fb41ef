import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type APIRequestContext, expect } from '@playwright/test';

// What a provider's desktop does, done from the test: activate with the key printed in
// generatePassword.pdf, then talk to the online gateway over mutual TLS with its certificate.

/** The activation key printed in the usage agreement, as poppler's pdftotext reads it. */
export function activationKeyFromAgreement(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'siui-e2e-pdf-'));
  try {
    writeFileSync(join(dir, 'agreement.pdf'), pdf);
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', 'agreement.pdf', '-'], {
      cwd: dir,
      encoding: 'utf8',
    });
    const match = /\b([0-9A-Z]{5}) +([0-9A-Z]{5}) +([0-9A-Z]{5}) +([0-9A-Z]{5})\b/.exec(text);
    if (!match) throw new Error(`no activation key in the agreement:\n${text}`);
    return match.slice(1, 5).join('-');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface Gateway {
  url: URL;
  serverCa: string;
}

/** *Administrare / Activare* (seed 3.1): answers where the online gateway is and how to trust it. */
export async function activate(
  request: APIRequestContext,
  licenseSerial: string,
  insuranceHouse: string,
): Promise<{ status: number; gateway: Gateway | null; body: unknown }> {
  const response = await request.post('/api/activation', {
    data: {
      licenseSerial,
      insuranceHouse,
      installationId: `e2e-${Date.now().toString(36)}`,
      reactivateCurrentDatabase: true,
    },
  });
  const body = (await response.json()) as { online?: { url: string; tlsCertificatePem: string } | null };
  const online = body.online ?? null;
  return {
    status: response.status(),
    gateway: online ? { url: new URL(online.url), serverCa: online.tlsCertificatePem } : null,
    body,
  };
}

export interface OnlineCall {
  method?: 'GET' | 'POST';
  path: string;
  certPem: string;
  keyPem: string;
  basic?: { username: string; password: string };
  token?: string;
  body?: unknown;
}

/** One HTTPS request to the gateway with the provider's client certificate. */
export function callGateway(gateway: Gateway, call: OnlineCall): Promise<{ status: number; json: unknown }> {
  const payload = call.body === undefined ? undefined : Buffer.from(JSON.stringify(call.body));
  const headers: Record<string, string> = {};
  if (call.basic) {
    headers.authorization = `Basic ${Buffer.from(`${call.basic.username}:${call.basic.password}`).toString('base64')}`;
  }
  if (call.token) headers['x-siui-session'] = call.token;
  if (payload) {
    headers['content-type'] = 'application/json';
    headers['content-length'] = String(payload.length);
  }
  return new Promise((resolve, reject) => {
    const request = https.request(
      {
        host: gateway.url.hostname,
        port: gateway.url.port,
        path: call.path,
        method: call.method ?? 'GET',
        ca: gateway.serverCa,
        cert: call.certPem,
        key: call.keyPem,
        agent: false,
        headers,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ status: response.statusCode ?? 0, json: text ? JSON.parse(text) : null });
        });
      },
    );
    request.on('error', reject);
    if (payload) request.write(payload);
    request.end();
  });
}

/** Opens an online session (seed 3.2); expects `status`, returns the token when allowed. */
export async function openSession(
  gateway: Gateway,
  certificate: { certPem: string; keyPem: string },
  credentials: { username: string; password: string },
  status: number,
): Promise<{ token: string | null; json: unknown }> {
  const answer = await callGateway(gateway, {
    path: '/online/v1/session',
    ...certificate,
    basic: credentials,
  });
  expect(answer.status, JSON.stringify(answer.json)).toBe(status);
  const token =
    typeof answer.json === 'object' && answer.json !== null && 'token' in answer.json
      ? String(answer.json.token)
      : null;
  return { token, json: answer.json };
}
