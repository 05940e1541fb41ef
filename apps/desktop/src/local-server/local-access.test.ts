import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDataDirs, tempDataDir } from '../../test/desktop-world';
import { type Desktop, openDesktop } from '../desktop';
import type { LocalSecrets } from './launch-secrets';
import { cookieValue, SESSION_COOKIE } from './local-access';
import { buildLocalServer, type LocalRoute, startLocalServer } from './local-server';

// Any program on this computer can reach the local server. The router decodes and matches a path
// its own way; a check that reads the raw URL sees another path. Every spelling of every route
// must meet the same refusal without the launch cookie: only the launch exchange is open.

const PORT = 45_679;
const HOST = `127.0.0.1:${PORT}`;
const UI_MARKER = 'siui-desktop-ui-marker';
let desktop: Desktop;
let app: FastifyInstance;
let routes: LocalRoute[];
let secrets: LocalSecrets;
let cookie: string;

beforeAll(async () => {
  const dataDir = tempDataDir();
  const uiDirectory = path.join(dataDir, 'ui');
  fs.mkdirSync(path.join(uiDirectory, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(uiDirectory, 'index.html'), `<html>${UI_MARKER}</html>`);
  fs.writeFileSync(path.join(uiDirectory, 'assets', 'app.js'), `/* ${UI_MARKER} */`);
  desktop = openDesktop({ dataDir, language: 'en' });
  const built = await buildLocalServer(desktop, { port: () => PORT, uiDirectory });
  app = built.app;
  routes = built.routes;
  secrets = built.secrets;
  const opened = await app.inject({
    method: 'GET',
    url: `/?k=${secrets.mintLaunch()}`,
    headers: { host: HOST },
  });
  cookie = `${SESSION_COOKIE}=${cookieValue(String(opened.headers['set-cookie']).split(';')[0], SESSION_COOKIE)}`;
});
afterAll(async () => {
  await app.close();
  desktop.close();
  removeTempDataDirs();
});

const encodeLetter = (letter: string) => `%${letter.charCodeAt(0).toString(16)}`;

/** The same path as a router (or a browser, or curl --path-as-is) may be made to read it. */
function spellings(canonical: string): string[] {
  const segments = canonical.split('/').slice(1);
  const first = segments[0] ?? '';
  const rest = segments.slice(1).join('/');
  return [
    canonical,
    `/${encodeLetter(first[0] ?? 'a')}${first.slice(1)}${rest ? `/${rest}` : ''}`,
    canonical.replace(/[a-z]/g, encodeLetter),
    canonical.replace(/[j-oz]/, (letter) => encodeLetter(letter).toUpperCase()),
    `/${canonical}`,
    canonical.replace(/\/([^/]*)$/, '//$1'),
    `/x/..${canonical}`,
    `/x/%2e%2e${canonical}`,
    canonical.replace(/^\/([^/]*)/, '/$1/.'),
    canonical.toUpperCase(),
    canonical.replace(/^\/(.)/, (_all, letter: string) => `/${letter.toUpperCase()}`),
    `${canonical}/`,
  ];
}

const concretePath = (url: string) => url.replace(/:[^/]+/g, '1').replace(/\*$/, 'index.html');

describe('one reading of the path on the local server', () => {
  it('knows the routes it protects', () => {
    expect(routes.map((route) => `${route.method} ${route.url}`)).toEqual(
      expect.arrayContaining([
        'GET /api/status',
        'GET /api/reports/:id',
        'POST /api/certificate',
        'PUT /api/preferences',
      ]),
    );
  });

  it('refuses every spelling of every route without the cookie, and gives nothing away', async () => {
    const leaks: string[] = [];
    for (const route of routes) {
      for (const url of spellings(concretePath(route.url))) {
        const answer = await app.inject({
          method: route.method,
          url,
          headers: { host: HOST, ...(route.method === 'GET' ? {} : { 'content-type': 'application/json' }) },
          ...(route.method === 'GET' ? {} : { payload: '{}' }),
        });
        const code = answer.statusCode === 401 ? answer.json().error?.code : undefined;
        if (code !== 'LOCAL_ACCESS_DENIED' || answer.body.includes(UI_MARKER)) {
          leaks.push(`${route.method} ${url} → ${answer.statusCode} ${answer.body.slice(0, 80)}`);
        }
      }
    }
    expect(leaks).toEqual([]);
  });

  it('refuses paths no route matches without the cookie, instead of telling what exists', async () => {
    for (const url of ['/api/nothing', '/nothing', '/assets/missing.js', '/%2e%2e/%2e%2e/etc/passwd', '//']) {
      const answer = await app.inject({ method: 'GET', url, headers: { host: HOST } });
      expect(answer.statusCode, url).toBe(401);
      expect(answer.json().error.code).toBe('LOCAL_ACCESS_DENIED');
    }
  });

  it('opens only the launch exchange, and only at the address the window opens', async () => {
    const launchSecret = secrets.mintLaunch();
    for (const url of [`/api/status?k=${launchSecret}`, `/index.html?k=${launchSecret}`]) {
      const elsewhere = await app.inject({ method: 'GET', url, headers: { host: HOST } });
      expect(elsewhere.statusCode, url).toBe(401);
      expect(elsewhere.headers['set-cookie']).toBeUndefined();
    }
    const exchange = await app.inject({ method: 'GET', url: `/?k=${launchSecret}`, headers: { host: HOST } });
    expect(exchange.statusCode).toBe(200);
    expect(exchange.headers['set-cookie']).toMatch(/^siui_desktop=/);
  });

  it('serves the window its page and the API with the cookie, never to be cached', async () => {
    const page = await app.inject({ method: 'GET', url: '/', headers: { host: HOST, cookie } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(UI_MARKER);
    const status = await app.inject({ method: 'GET', url: '/%61pi/status', headers: { host: HOST, cookie } });
    expect(status.statusCode).toBe(200);
    expect(status.headers['cache-control']).toBe('no-store');
    const missing = await app.inject({ method: 'GET', url: '/API/status', headers: { host: HOST, cookie } });
    expect(missing.headers['cache-control']).toBe('no-store');
  });
});

/** One request as written, byte for byte: no client library normalises the path first. */
function rawGet(port: number, target: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () =>
      socket.end(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`),
    );
    let answer = '';
    socket.on('data', (chunk) => {
      answer += chunk.toString();
    });
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

describe('over a real socket, the path exactly as another local program writes it', () => {
  it('gives the provider data to no spelling of its path', async () => {
    const server = await startLocalServer(desktop, { uiDirectory: '/nonexistent' });
    try {
      for (const target of [
        '/%61pi/status',
        '//api/status',
        '/x/../api/status',
        '/API/status',
        '/api/./status',
      ]) {
        const answer = await rawGet(server.port, target);
        expect(answer, target).toMatch(/^HTTP\/1\.1 401 /);
        expect(answer, target).not.toContain('"outbox"');
      }
    } finally {
      await server.close();
    }
  });
});
