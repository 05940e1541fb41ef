import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { removeTempDataDirs, tempDataDir } from '../../test/desktop-world';
import { type Desktop, openDesktop } from '../desktop';
import { writeSecretFile } from '../storage/secret-files';
import { claimInstance, LOCK_FILE, requestLaunchUrl, runningInstance } from './instance-lock';
import { controlQuestion, MAX_PENDING_LAUNCHES } from './launch-secrets';
import { INSTANCE_CONTROL_HEADER, INSTANCE_LAUNCH_PATH, SESSION_COOKIE } from './local-access';
import { type LocalServer, startLocalServer } from './local-server';
import { openAppWindow } from './open-app-window';

// The launch URL is a key to the provider's data and certificate. Anyone who sees it once (in `ps`,
// a terminal's scrollback, a log, a file) must find it already used; only the same OS user may ask
// the running desktop for another; and no browser command line ever carries it.

let dataDir: string;
let desktop: Desktop;
let server: LocalServer;

beforeAll(async () => {
  dataDir = tempDataDir();
  desktop = openDesktop({ dataDir, language: 'en' });
  server = await startLocalServer(desktop, { uiDirectory: '/nonexistent' });
});
afterAll(async () => {
  await server.close();
  desktop.close();
  removeTempDataDirs();
});

/** Opens `url` as the window does, over the socket; answers the status and the cookie it got. */
async function open(url: string): Promise<{ status: number; cookie: string | null; body: string }> {
  const answer = await fetch(url, { redirect: 'manual' });
  return { status: answer.status, cookie: answer.headers.get('set-cookie'), body: await answer.text() };
}

const modeOf = (file: string) => fs.statSync(file).mode & 0o777;

describe('a launch URL opens one window', () => {
  it('is refused the second time, with a page that says what to do', async () => {
    const url = server.launchUrl();
    const first = await open(url);
    expect(first.status).toBe(200);
    expect(first.cookie).toMatch(new RegExp(`^${SESSION_COOKIE}=`));
    const again = await open(url);
    expect(again.status).toBe(401);
    expect(again.cookie).toBeNull();
    expect(again.body).toContain('This launch address was already used or is not valid.');
  });

  it('is never two windows at once: of two simultaneous uses one wins', async () => {
    const url = server.launchUrl();
    const answers = await Promise.all(Array.from({ length: 10 }, () => open(url)));
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, ...Array(9).fill(401)]);
  });

  it('keeps at most a few unused ones: a flood of asking forgets the oldest', async () => {
    const urls = Array.from({ length: MAX_PENDING_LAUNCHES + 1 }, () => server.launchUrl());
    expect((await open(urls[0] ?? '')).status).toBe(401);
    for (const url of urls.slice(1)) expect((await open(url)).status).toBe(200);
  });
});

describe('a second start asks the running desktop for a window', () => {
  it('through the 0600 lock file, which holds no launch secret, for a fresh URL that works once', async () => {
    const unused = server.launchUrl();
    const release = claimInstance(dataDir, server);
    try {
      const lock = path.join(dataDir, LOCK_FILE);
      expect(modeOf(lock)).toBe(0o600);
      const content = fs.readFileSync(lock, 'utf8');
      expect(content).not.toContain(unused.split('?k=')[1]);
      expect(Object.keys(JSON.parse(content)).sort()).toEqual(['control', 'pid', 'port']);

      // As another process reads it (this one's own lock is not "another instance").
      writeSecretFile(lock, content.replace(`"pid":${process.pid}`, `"pid":${process.ppid}`));
      const running = runningInstance(dataDir);
      expect(running).toMatchObject({ pid: process.ppid, port: server.port });
      const fresh = running && (await requestLaunchUrl(running));
      expect(fresh).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?k=[\\w-]{32}$`));
      expect(fresh).not.toBe(unused);
      expect((await open(fresh ?? '')).status).toBe(200);
      expect((await open(fresh ?? '')).status).toBe(401);
    } finally {
      release();
    }
  });

  it('mints nothing for a wrong, replayed-from-a-browser or bare control secret', async () => {
    const endpoint = `http://127.0.0.1:${server.port}${INSTANCE_LAUNCH_PATH}`;
    const ask = (headers: Record<string, string>) => fetch(endpoint, { method: 'POST', headers });
    const stranger = controlQuestion('not-the-control-secret').question;
    const good = controlQuestion(server.control).question;
    for (const headers of <Record<string, string>[]>[
      {},
      { [INSTANCE_CONTROL_HEADER]: stranger },
      { [INSTANCE_CONTROL_HEADER]: server.control },
      { [INSTANCE_CONTROL_HEADER]: `.${good.split('.')[1]}` },
      { [INSTANCE_CONTROL_HEADER]: good, origin: `http://127.0.0.1:${server.port}` },
    ]) {
      const answer = await ask(headers);
      expect(answer.status, JSON.stringify(headers)).toBe(401);
      expect(await answer.text()).not.toContain('?k=');
    }
    expect((await ask({ [INSTANCE_CONTROL_HEADER]: good })).status).toBe(200);
  });

  it('believes no other program answering on the port of a desktop that died', async () => {
    const impostor = http.createServer((_request, response) => {
      const port = (impostor.address() as { port: number }).port;
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ url: `http://127.0.0.1:${port}/?k=${'x'.repeat(32)}`, proof: 'x' }));
    });
    await new Promise<void>((resolve) => impostor.listen(0, '127.0.0.1', resolve));
    try {
      const port = (impostor.address() as { port: number }).port;
      expect(await requestLaunchUrl({ pid: process.ppid, port, control: server.control })).toBeUndefined();
    } finally {
      impostor.close();
    }
  });
});

describe('the browser is never given the launch URL on its command line', () => {
  it('opens a 0600 launch page instead, which goes once its window opened', async () => {
    const bin = tempDataDir();
    const argvFile = path.join(bin, 'argv');
    // A stand-in Chromium, first on the PATH, that writes down what it was started with.
    fs.writeFileSync(
      path.join(bin, 'chromium'),
      `#!/bin/sh\nprintf '%s\\n' "$@" > "${argvFile}.tmp" && mv "${argvFile}.tmp" "${argvFile}"\n`,
      { mode: 0o755 },
    );
    const url = server.launchUrl();
    const secret = url.split('?k=')[1] ?? '';
    expect(
      openAppWindow(url, dataDir, { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH}` }),
    ).toBe(true);
    await vi.waitFor(() => expect(fs.existsSync(argvFile)).toBe(true), { timeout: 10_000 });

    const argv = fs.readFileSync(argvFile, 'utf8').trim().split('\n');
    expect(argv.join(' ')).not.toContain(secret);
    const app = argv.find((argument) => argument.startsWith('--app=')) ?? '';
    const page = fileURLToPath(app.slice('--app='.length));
    expect(page).toBe(path.join(dataDir, 'launch.html'));
    expect(modeOf(page)).toBe(0o600);
    expect(fs.readFileSync(page, 'utf8')).toContain(`<meta http-equiv="refresh" content="0;url=${url}">`);

    expect((await open(url)).status).toBe(200);
    expect(fs.existsSync(page)).toBe(false);
  });
});
