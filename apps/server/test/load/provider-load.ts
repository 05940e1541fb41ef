import https from 'node:https';
import { makeValidCnp } from '@siui/core';
import type { FastifyInstance } from 'fastify';
import { createProvider, issueKey, registerAuthority } from '../factories';
import { callOnline } from '../online-client';
import { keyFromAgreementText, pdfText } from '../pdf-text';
import { createTestCa, issueLeafCertificate, type TestCertificate } from '../pki';
import type { TestApp } from '../test-app';

// Many providers at once, each with its own certificate, key and keep-alive connection, sending
// reports for a while; then the count of acknowledged reports is compared with what is stored.

export interface LoadOptions {
  sessions: number;
  seconds: number;
  linesPerReport: number;
  gateway: { url: URL; serverCa: string };
}

export interface LoadResult {
  sessions: number;
  seconds: number;
  reportsAcknowledged: number;
  reportsStored: number;
  duplicates: number;
  errors: Record<string, number>;
  reportsPerSecond: number;
  latencyMs: { p50: number; p99: number; max: number };
}

interface Enrolled {
  providerId: string;
  username: string;
  key: string;
  leaf: TestCertificate;
}

export async function enrollProviders(
  t: Pick<TestApp, 'app' | 'loginAdmin'>,
  count: number,
): Promise<Enrolled[]> {
  const cookie = await t.loginAdmin();
  const ca = await createTestCa({ name: `Emitent încărcare ${Date.now()}` });
  await registerAuthority(t as TestApp, ca.certificatePem, { ocspUrl: null });
  const enrolled: Enrolled[] = [];
  for (let i = 0; i < count; i++) {
    const provider = await createProvider(t as TestApp, cookie, {
      insuranceHouse: i % 2 ? 'CAS-AB' : 'CAS-CJ',
      category: 'MF',
    });
    const key = keyFromAgreementText(
      await pdfText((await issueKey(t as TestApp, cookie, provider.id)).rawPayload),
    );
    const leaf = await issueLeafCertificate(ca, { commonName: `Furnizor ${i}` });
    const users = await t.app.inject({
      url: `/api/users?providerCode=${provider.code}&insuranceHouse=${provider.insuranceHouse}`,
      headers: { cookie },
    });
    await t.app.inject({
      method: 'POST',
      url: '/api/user-certificates',
      headers: { cookie },
      payload: { userId: users.json().items[0].id, certificatePem: leaf.certificatePem },
    });
    enrolled.push({
      providerId: provider.id,
      username: `${provider.fiscalCode}_${provider.insuranceHouse}`,
      key,
      leaf,
    });
  }
  return enrolled;
}

export async function runProviderLoad(
  app: FastifyInstance,
  countStored: (providerIds: string[]) => Promise<{ stored: number; duplicates: number }>,
  providers: Enrolled[],
  options: LoadOptions,
): Promise<LoadResult> {
  const errors: Record<string, number> = {};
  const latencies: number[] = [];
  let acknowledged = 0;
  const period = lastMonth();
  const cnp = makeValidCnp({ birthDate: '1975-05-05', sex: 'M', countyCode: '01' });
  const lines = Array.from({ length: options.linesPerReport }, (_, i) => ({
    cnp,
    serviceCode: 'C001',
    date: `${period}-${String((i % 27) + 1).padStart(2, '0')}`,
    quantity: 1 + (i % 3),
  }));
  const deadline = Date.now() + options.seconds * 1000;
  const count = (what: string) => {
    errors[what] = (errors[what] ?? 0) + 1;
  };

  await Promise.all(
    providers.map(async (provider, index) => {
      const agent = new https.Agent({ keepAlive: true, maxSockets: 1 });
      const credentials = { cert: provider.leaf.certificatePem, key: provider.leaf.privateKeyPem, agent };
      try {
        const session = await callOnline(options.gateway, {
          path: '/online/v1/session',
          ...credentials,
          auth: { username: provider.username, password: provider.key },
        });
        if (session.status !== 200) {
          count(`session ${session.status} ${session.json().error?.code}`);
          return;
        }
        const token = String(session.json().token);
        for (let n = 0; Date.now() < deadline; n++) {
          const started = performance.now();
          const answer = await callOnline(options.gateway, {
            method: 'POST',
            path: '/online/v1/reports',
            ...credentials,
            token,
            body: { type: 'MF', period, idempotencyKey: `load-${index}-${n}`, lines },
          }).catch((error: Error) => ({
            status: 0,
            json: () => ({ error: { code: error.message, message: '' } }),
          }));
          latencies.push(performance.now() - started);
          if (answer.status === 200) acknowledged += 1;
          else count(`report ${answer.status} ${answer.json().error?.code}`);
        }
      } finally {
        agent.destroy();
      }
    }),
  );
  const { stored, duplicates } = await countStored(providers.map((p) => p.providerId));
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0);
  void app;
  return {
    sessions: providers.length,
    seconds: options.seconds,
    reportsAcknowledged: acknowledged,
    reportsStored: stored,
    duplicates,
    errors,
    reportsPerSecond: Math.round(acknowledged / options.seconds),
    latencyMs: { p50: at(0.5), p99: at(0.99), max: Math.round(latencies.at(-1) ?? 0) },
  };
}

function lastMonth(): string {
  const now = new Date();
  const date = new Date(now.getFullYear(), now.getMonth() - 1, 1);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}`;
}
