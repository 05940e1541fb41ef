/**
 * Benchmarks 3 and 4: session opens over keep-alive mutual TLS and new TLS handshakes, the gateway
 * against a bare Node HTTPS server (requestCert, answers at once) on the same TLS identity; then
 * report intake (100-line reports) through the gateway, counted back from the database.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { makeValidCnp } from '@siui/core';
import { type CpuMeter, type CpuPerRequest, withCpu } from './cpu';
import { connect } from './database';
import type { EnrolledProvider } from './enroll';
import { httpRequest, runTlsLoad, TlsHttpConnection, type TlsLoadResult } from './tls-load';

export interface OnlineFigures {
  oursSessions: TlsLoadResult & CpuPerRequest;
  bareSessions: TlsLoadResult;
  oursHandshakes: TlsLoadResult & CpuPerRequest;
  /** Requests within open sessions (heartbeat): the per-request re-check, one indexed query. */
  oursInSession: TlsLoadResult & CpuPerRequest;
  bareHandshakes: TlsLoadResult;
  reports: TlsLoadResult & CpuPerRequest & { linesPerSecond: number; stored: number; accepted: number };
}

const basic = (provider: EnrolledProvider) =>
  `Basic ${Buffer.from(`${provider.username}:${provider.key}`).toString('base64')}`;

async function startBare(files: { key: string; cert: string; ca: string }) {
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(import.meta.dirname, 'bare-server.mjs'), files.key, files.cert, files.ca],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout?.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim())));
    child.once('exit', (code) => reject(new Error(`bare server exited with ${code}`)));
  });
  return { port, stop: () => child.kill('SIGTERM') };
}

/** A report of `lines` valid lines for an MF provider, period = last month. */
function reportBody(idempotencyKey: string, lines: number): string {
  const now = new Date();
  const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  const period = month.toISOString().slice(0, 7);
  return JSON.stringify({
    type: 'MF',
    period,
    idempotencyKey,
    lines: Array.from({ length: lines }, (_, index) => ({
      cnp: makeValidCnp({ birthDate: '1975-03-14', sequence: 1 + index }),
      serviceCode: `C00${1 + (index % 5)}`,
      date: `${period}-${String(1 + (index % 28)).padStart(2, '0')}`,
      quantity: 1,
    })),
  });
}

export async function benchOnline(options: {
  onlineUrl: string;
  serverCa: string;
  tlsFiles: { key: string; cert: string; ca: string };
  providers: readonly EnrolledProvider[];
  seconds: number;
  databaseUrl: string;
  meter?: CpuMeter;
}): Promise<OnlineFigures> {
  const url = new URL(options.onlineUrl);
  const target = { host: url.hostname, port: Number(url.port), serverCa: options.serverCa };
  const clients = options.providers.map((p) => ({ cert: p.leaf.certificatePem, key: p.leaf.privateKeyPem }));
  const sessionRequests = options.providers.map((p) =>
    httpRequest('GET', '/online/v1/session', { Authorization: basic(p) }),
  );
  const sessionOpen = (lane: number) => sessionRequests[lane % sessionRequests.length] as Buffer;
  const load = (port: number, mode: 'keepalive' | 'handshake', seconds: number) =>
    runTlsLoad({ ...target, port, clients, connections: 32, seconds, mode, request: sessionOpen });

  const bare = await startBare(options.tlsFiles);
  let figures: Omit<OnlineFigures, 'reports' | 'oursInSession'>;
  try {
    await load(target.port, 'keepalive', 2);
    const oursSessions = await withCpu(options.meter, () => load(target.port, 'keepalive', options.seconds));
    await load(bare.port, 'keepalive', 1);
    const bareSessions = await load(bare.port, 'keepalive', options.seconds);
    const oursHandshakes = await withCpu(options.meter, () =>
      load(target.port, 'handshake', options.seconds / 2),
    );
    const bareHandshakes = await load(bare.port, 'handshake', options.seconds / 2);
    figures = { oursSessions, bareSessions, oursHandshakes, bareHandshakes };
  } finally {
    bare.stop();
  }

  // Each connection opens its session; then requests within it, and reports with fresh keys.
  const tokens: string[] = [];
  for (let lane = 0; lane < 32; lane += 1) {
    const provider = options.providers[lane % options.providers.length] as EnrolledProvider;
    const connection = await TlsHttpConnection.open(target, clients[lane % clients.length] as never);
    const answer = await connection.request(
      httpRequest('GET', '/online/v1/session', { Authorization: basic(provider) }),
    );
    connection.close();
    if (answer.status !== 200) throw new Error(`session: ${answer.status} ${answer.body}`);
    tokens.push((JSON.parse(answer.body.toString('utf8')) as { token: string }).token);
  }
  const heartbeats = tokens.map((token) =>
    httpRequest('GET', '/online/v1/heartbeat', { 'X-SIUI-Session': token }),
  );
  const oursInSession = await withCpu(options.meter, () =>
    runTlsLoad({
      ...target,
      clients,
      connections: 32,
      seconds: options.seconds / 2,
      mode: 'keepalive',
      request: (lane) => heartbeats[lane] as Buffer,
    }),
  );
  const connections = 16;
  const run = `bench-${randomBytes(4).toString('hex')}`;
  const template = reportBody('@@KEY@@', 100);
  const reports = await withCpu(options.meter, () =>
    runTlsLoad({
      ...target,
      clients: clients.slice(0, connections),
      connections,
      seconds: options.seconds,
      mode: 'keepalive',
      request: (lane, n) =>
        httpRequest(
          'POST',
          '/online/v1/reports',
          { 'Content-Type': 'application/json', 'X-SIUI-Session': tokens[lane] as string },
          template.replace('@@KEY@@', `${run}-${lane}-${n}`),
        ),
    }),
  );
  const client = await connect(options.databaseUrl);
  const stored = await client.query<{ n: string; accepted: string }>(
    `select count(*) as n, coalesce(sum(accepted_lines), 0) as accepted from reports where idempotency_key like $1`,
    [`${run}-%`],
  );
  await client.end();
  const row = stored.rows[0];
  return {
    ...figures,
    oursInSession,
    reports: {
      ...reports,
      linesPerSecond: reports.rps * 100,
      stored: Number(row?.n ?? 0),
      accepted: Number(row?.accepted ?? 0),
    },
  };
}
