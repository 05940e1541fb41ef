import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './free-port';
import { siuiProcess } from './siui-process';

// A real SIUI server (apps/server) as a child process, on free ports of 127.0.0.1 and a fresh
// embedded database, so that the desktop is tested against the same program providers talk to.

export const SIUI_ADMIN_PASSWORD = 'Admin-Parola-Desktop-1';

export interface SiuiServer {
  readonly url: string;
  readonly onlinePort: number;
  readonly dataDir: string;
  /** Stops the process (the data stays), e.g. to test the outbox while SIUI is down. */
  stop(): Promise<void>;
  /** Starts it again on the same ports and data. */
  start(): Promise<void>;
  /** Stops it and deletes its data. */
  dispose(): Promise<void>;
}

export async function startSiuiServer(): Promise<SiuiServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'siui-desktop-server-'));
  const httpPort = await freePort();
  const onlinePort = await freePort();
  const url = `http://127.0.0.1:${httpPort}`;
  const server = siuiProcess(url, {
    ...process.env,
    NODE_ENV: 'test',
    SIUI_DATA_DIR: dataDir,
    SIUI_HTTP_PORT: String(httpPort),
    SIUI_ONLINE_PORT: String(onlinePort),
    SIUI_ADMIN_PASSWORD,
    SIUI_LOG_LEVEL: 'warn',
  });
  const { start, stop } = server;

  await start();
  return {
    url,
    onlinePort,
    dataDir,
    stop,
    start,
    async dispose() {
      await stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
