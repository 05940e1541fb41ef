/**
 * An independent OCSP responder for tests and benchmarks: `openssl ocsp` in server mode over an
 * index.txt in openssl's CA database format. It stands in for an issuing authority's responder.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createTempDir } from './temp-files';
import type { TestCertificate } from './test-certificates';

/** The reason names openssl's index.txt understands (apps/ca.c); note `CACompromise`'s spelling. */
export type OpensslRevocationReason =
  | 'unspecified'
  | 'keyCompromise'
  | 'CACompromise'
  | 'affiliationChanged'
  | 'superseded'
  | 'cessationOfOperation'
  | 'certificateHold'
  | 'removeFromCRL';

export interface OpensslIndexEntry {
  /** Canonical hex (uppercase, even length, no leading zero octets), as openssl looks it up. */
  serialNumber: string;
  status: 'valid' | 'revoked' | 'expired';
  expiresAt?: Date;
  revokedAt?: Date;
  reason?: OpensslRevocationReason;
  subjectDn?: string;
}

export function indexEntryFor(
  leaf: Pick<TestCertificate, 'certificate'>,
  status: 'valid' | { revokedAt?: Date; reason?: OpensslRevocationReason } = 'valid',
): OpensslIndexEntry {
  const base = { serialNumber: leaf.certificate.serialNumber, expiresAt: leaf.certificate.notAfter };
  if (status === 'valid') return { ...base, status: 'valid' };
  return {
    ...base,
    status: 'revoked',
    revokedAt: status.revokedAt ?? new Date(),
    ...(status.reason ? { reason: status.reason } : {}),
  };
}

/** UTCTime text (YYMMDDHHMMSSZ) before 2050, GeneralizedTime after, as `openssl ca` writes them. */
function indexTime(date: Date): string {
  const iso = date.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  return `${date.getUTCFullYear() < 2050 ? iso.slice(2) : iso}Z`;
}

export function formatIndex(entries: readonly OpensslIndexEntry[]): string {
  return entries
    .map((entry) => {
      const flag = entry.status === 'valid' ? 'V' : entry.status === 'revoked' ? 'R' : 'E';
      const expiry = indexTime(entry.expiresAt ?? new Date(Date.UTC(2049, 11, 31)));
      const revocation =
        entry.status === 'revoked'
          ? `${indexTime(entry.revokedAt ?? new Date())}${entry.reason ? `,${entry.reason}` : ''}`
          : '';
      const subject = entry.subjectDn ?? `/CN=serial ${entry.serialNumber}`;
      return [flag, expiry, revocation, entry.serialNumber, 'unknown', subject].join('\t');
    })
    .map((line) => `${line}\n`)
    .join('');
}

export interface OpensslOcspResponder {
  readonly url: string;
  readonly port: number;
  /**
   * Rewrites index.txt and restarts openssl on the same port: openssl 3.0 reads the index only at
   * start-up (it does not notice a changed file).
   */
  setEntries(entries: readonly OpensslIndexEntry[]): Promise<void>;
  /** What openssl printed, for failure messages. */
  log(): string;
  stop(): Promise<void>;
}

export interface StartOpensslOcspResponderOptions {
  ca: Pick<TestCertificate, 'certificatePem'>;
  signer: Pick<TestCertificate, 'certificatePem' | 'privateKeyPem'>;
  entries: readonly OpensslIndexEntry[];
  /** 0 (default) lets the OS pick a free port; openssl reports it on stdout. */
  port?: number;
  nextUpdateMinutes?: number;
}

export async function startOpensslOcspResponder(
  options: StartOpensslOcspResponderOptions,
): Promise<OpensslOcspResponder> {
  const dir = await createTempDir('siui-openssl-ocsp-');
  const indexPath = join(dir.path, 'index.txt');
  await writeFile(indexPath, formatIndex(options.entries));
  await dir.write('ca.pem', options.ca.certificatePem);
  await dir.write('signer.pem', options.signer.certificatePem);
  await dir.write('signer.key', options.signer.privateKeyPem);

  let output = '';
  const record = (text: string) => {
    output += text;
  };
  const args = (port: number) => [
    'ocsp',
    ...['-index', 'index.txt', '-CA', 'ca.pem', '-rsigner', 'signer.pem', '-rkey', 'signer.key'],
    ...['-port', String(port), '-nmin', String(options.nextUpdateMinutes ?? 5)],
    ...['-rmd', 'sha256', '-ignore_err'],
  ];
  let running: RunningResponder;
  try {
    running = await launch(args(options.port ?? 0), dir.path, record);
  } catch (error) {
    await dir.remove();
    throw new Error(`openssl ocsp did not start: ${output}`, { cause: error });
  }
  const port = running.port;
  let stopped: Promise<void> | null = null;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    async setEntries(entries) {
      await stopChild(running.child);
      await writeFile(indexPath, formatIndex(entries));
      running = await launch(args(port), dir.path, record);
    },
    log: () => output,
    stop() {
      stopped ??= stopChild(running.child).finally(() => dir.remove());
      return stopped;
    },
  };
}

interface RunningResponder {
  child: ChildProcessWithoutNullStreams;
  port: number;
}

async function launch(
  args: string[],
  cwd: string,
  record: (text: string) => void,
): Promise<RunningResponder> {
  const child = spawn('openssl', args, { cwd });
  // A crashed test file must not leave openssl listening: kill it when this process exits.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  child.stderr.on('data', (chunk: Buffer) => record(chunk.toString('utf8')));
  try {
    return { child, port: await waitForAcceptLine(child, record) };
  } catch (error) {
    await stopChild(child);
    throw error;
  }
}

/** openssl prints `ACCEPT [::]:PORT PID=…` on stdout once it listens. */
function waitForAcceptLine(
  child: ChildProcessWithoutNullStreams,
  record: (text: string) => void,
): Promise<number> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    const timer = setTimeout(() => reject(new Error('timed out waiting for openssl ocsp')), 10_000);
    child.stdout.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      record(text);
      stdout += text;
      const match = /ACCEPT .*:(\d+)/.exec(stdout);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`openssl ocsp exited with ${code}`));
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

function stopChild(child: ChildProcessWithoutNullStreams): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const forceKill = setTimeout(() => child.kill('SIGKILL'), 2_000);
    child.once('exit', () => {
      clearTimeout(forceKill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
