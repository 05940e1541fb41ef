import { execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../../apps/desktop/test/free-port';
import { REPOSITORY_ROOT, siuiProcess } from '../../../apps/desktop/test/siui-process';

// The demo scene of the guide ("Primii pași cu scena demo"), built as the guide tells a person to:
// `siui demo` on an empty data directory, then `siui serve` on the same settings. Free ports are
// chosen so that the address of the demo CA's OCSP responder (written by `siui demo`) is the
// address the server listens on.

export { REPOSITORY_ROOT };

const SIUI = path.join(REPOSITORY_ROOT, 'apps/server/bin/siui.js');

/** The password of every demo staff member and of every demo .p12, as `siui demo` prints them. */
export const DEMO_STAFF_PASSWORD = 'Demo-Parola-2026';
export const DEMO_P12_PASSWORD = 'demo1234';

export interface DemoProvider {
  code: string;
  name: string;
  externalUser: string;
  /** The activation key, as printed (`XXXXX-XXXXX-XXXXX-XXXXX`); null for the provider without one. */
  key: string | null;
}

export interface DemoScene {
  /** The console's address (`npm start` prints it), e.g. http://127.0.0.1:41234. */
  url: string;
  dataDir: string;
  /** `<data>/demo`: agreements (conventii/), certificates (certificate/), the demo CA (ca/). */
  demoDir: string;
  /** What `siui demo` printed. */
  demoOutput: string;
  /** What `siui serve` printed since it was last started. */
  serverOutput(): string;
  provider(code: string): DemoProvider;
  /** `<data>/demo/certificate/<code>.<extension>` (p12, pem, -key.pem). */
  certificateFile(code: string, extension: 'p12' | 'pem' | '-key.pem'): string;
  /** Stops the server (the data stays): SIUI unreachable, for the desktop's outbox. */
  stop(): Promise<void>;
  /** Starts it again on the same ports and data. */
  start(): Promise<void>;
  dispose(): Promise<void>;
}

/** Whether nobody listens on `port` of 127.0.0.1 right now. */
function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/**
 * The server's ports: for the guide's pictures (`preferDefaults`) the ports a reader's `npm start`
 * uses, 8080 and 8443, when they are free — so that the addresses in the pictures are the ones the
 * reader sees —, otherwise (and always in the test run) ports the OS picks.
 */
async function serverPorts(preferDefaults: boolean): Promise<{ httpPort: number; onlinePort: number }> {
  if (preferDefaults && (await isFree(8080)) && (await isFree(8443)))
    return { httpPort: 8080, onlinePort: 8443 };
  const httpPort = await freePort();
  let onlinePort = await freePort();
  while (onlinePort === httpPort) onlinePort = await freePort();
  return { httpPort, onlinePort };
}

export async function startDemoScene(options: { preferDefaultPorts?: boolean } = {}): Promise<DemoScene> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'siui-docs-'));
  const { httpPort, onlinePort } = await serverPorts(options.preferDefaultPorts ?? false);
  const url = `http://127.0.0.1:${httpPort}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    SIUI_DATA_DIR: dataDir,
    SIUI_HTTP_PORT: String(httpPort),
    SIUI_ONLINE_PORT: String(onlinePort),
    SIUI_LOG_LEVEL: 'warn',
  };
  const demoOutput = await new Promise<string>((resolve, reject) => {
    execFile(
      process.execPath,
      [SIUI, 'demo'],
      { cwd: REPOSITORY_ROOT, env, timeout: 120_000 },
      (e, out, err) =>
        e ? reject(new Error(`siui demo failed: ${e.message}\n${out}\n${err}`)) : resolve(out),
    );
  });
  const providers = parseProviders(demoOutput);

  const server = siuiProcess(url, env);
  const { start, stop } = server;

  await start();
  const demoDir = path.join(dataDir, 'demo');
  return {
    url,
    dataDir,
    demoDir,
    demoOutput,
    serverOutput: server.output,
    provider(code) {
      const found = providers.get(code);
      if (!found) throw new Error(`siui demo printed no provider ${code}:\n${demoOutput}`);
      return found;
    },
    certificateFile: (code, extension) =>
      path.join(
        demoDir,
        'certificate',
        extension === '-key.pem' ? `${code}-key.pem` : `${code}.${extension}`,
      ),
    stop,
    start,
    async dispose() {
      await stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * The providers block of `siui demo`'s output:
 * `  DEMO-MF01  Cabinet Medical … (CAS-AB, CUI …, MF)`, then indented lines with
 * `utilizator extern: …` and `cheie de activare: …`.
 */
function parseProviders(output: string): Map<string, DemoProvider> {
  const providers = new Map<string, DemoProvider>();
  let current: DemoProvider | undefined;
  for (const line of output.split('\n')) {
    const heading = /^ {2}(DEMO-[A-Z0-9]+) {2}(.+) \(CAS-/.exec(line);
    if (heading?.[1] && heading[2]) {
      current = { code: heading[1], name: heading[2], externalUser: '', key: null };
      providers.set(current.code, current);
      continue;
    }
    if (!current) continue;
    const user = /utilizator extern: (\S+)/.exec(line);
    if (user?.[1]) current.externalUser = user[1];
    const key = /cheie de activare: ([0-9A-Z]{5}(?:-[0-9A-Z]{5}){3})/.exec(line);
    if (key?.[1]) current.key = key[1];
    if (/^\S/.test(line)) current = undefined;
  }
  return providers;
}
