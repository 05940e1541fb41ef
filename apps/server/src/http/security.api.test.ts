/**
 * One reading of the path: the router decodes `%61pi` into `api`, so a check that reads the raw URL
 * sees another path than the handler that answers. Every spelling of every staff route must meet
 * the refusal its canonical spelling meets: 401 without a session, 403 for a cross-site mutation,
 * or 404 when no route answers that spelling — never the handler, never the console's page.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';
import type { RegisteredRoute } from '../app';

const UI_MARKER = 'siui-console-ui-marker';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const CROSS_SITE = { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' };

let t: TestApp;
let webDist: string;
let adminCookie: string;

beforeAll(async () => {
  webDist = fs.mkdtempSync(path.join(os.tmpdir(), 'siui-web-'));
  fs.writeFileSync(path.join(webDist, 'index.html'), `<html>${UI_MARKER}</html>`);
  t = await createTestApp({ env: { SIUI_WEB_DIST: webDist } });
  adminCookie = await t.loginAdmin();
});
afterAll(async () => {
  await t?.close();
  fs.rmSync(webDist, { recursive: true, force: true });
});

const encodeLetter = (letter: string) => `%${letter.charCodeAt(0).toString(16)}`;

/** The same path as a router, a proxy or `curl --path-as-is` may be made to read it. */
function spellings(canonical: string): string[] {
  return [
    canonical,
    canonical.replace(/^\/a/, '/%61'),
    canonical.replace(/[a-z]/g, encodeLetter),
    `/${canonical}`,
    canonical.replace(/\/([^/]*)$/, '//$1'),
    `/x/..${canonical}`,
    `/x/%2e%2e${canonical}`,
    canonical.replace(/^\/api/, '/api/.'),
    canonical.toUpperCase(),
    canonical.replace(/^\/api/, '/Api'),
    `${canonical}/`,
  ];
}

const concrete = (url: string) =>
  url.replace(/:id/g, '00000000-0000-4000-8000-000000000000').replace(/:\w+/g, 'X').replace(/\*$/, 'x.js');

// The documentation pages are public (openapi.ts marks them after the route table reads them).
const staffRoutes = () =>
  t.app.registeredRoutes.filter(
    (route) => route.url.startsWith('/api/') && !route.url.startsWith('/api/docs'),
  );

async function send(route: RegisteredRoute, url: string, headers: Record<string, string>) {
  const unsafe = UNSAFE.has(route.method);
  return t.app.inject({
    method: route.method as 'GET',
    url,
    headers: { ...headers, ...(unsafe ? { 'content-type': 'application/json' } : {}) },
    ...(unsafe ? { payload: '{}' } : {}),
  });
}

function refusedAs(answer: Awaited<ReturnType<typeof send>>, status: number, code: string): boolean {
  if (answer.body.includes(UI_MARKER)) return false;
  const error = answer.statusCode >= 400 ? answer.json().error?.code : undefined;
  return (
    (answer.statusCode === status && error === code) || (answer.statusCode === 404 && error === 'NOT_FOUND')
  );
}

describe('one reading of the path on the staff server', () => {
  it('refuses every spelling of every non-public route without a session', async () => {
    const leaks: string[] = [];
    for (const route of staffRoutes().filter((r) => !r.public)) {
      for (const url of spellings(concrete(route.url))) {
        const answer = await send(route, url, {});
        if (!refusedAs(answer, 401, 'UNAUTHENTICATED')) {
          leaks.push(`${route.method} ${url} → ${answer.statusCode} ${answer.body.slice(0, 60)}`);
        }
      }
    }
    expect(leaks).toEqual([]);
  });

  it('refuses every spelling of every cross-site mutation, login included', async () => {
    const leaks: string[] = [];
    for (const route of staffRoutes().filter((r) => UNSAFE.has(r.method))) {
      for (const url of spellings(concrete(route.url))) {
        const answer = await send(route, url, { cookie: adminCookie, ...CROSS_SITE });
        if (!refusedAs(answer, 403, 'CROSS_SITE_REQUEST')) {
          leaks.push(`${route.method} ${url} → ${answer.statusCode} ${answer.body.slice(0, 60)}`);
        }
      }
    }
    expect(leaks).toEqual([]);
  });

  it('never serves the console page for a spelling of an API or OCSP path', async () => {
    for (const url of ['/%61pi/nothing', '/API/nothing', '//api/nothing', '/x/../api/nothing', '/%4fCSP/x']) {
      const answer = await t.app.inject({ url, headers: { cookie: adminCookie } });
      expect(answer.statusCode, url).toBe(404);
      expect(answer.body, url).not.toContain(UI_MARKER);
    }
    const page = await t.app.inject({ url: '/furnizori/123' });
    expect(page.body).toContain(UI_MARKER);
  });

  it('marks API answers not to be cached, decided on the matched route', async () => {
    for (const url of ['/api/auth/me', '/%61pi/auth/me']) {
      const answer = await t.app.inject({ url, headers: { cookie: adminCookie } });
      expect(answer.statusCode, url).toBe(200);
      expect(answer.headers['cache-control'], url).toBe('no-store');
    }
  });
});

/** One request as written, byte for byte: no client library normalises the path first. */
function rawRequest(port: number, lines: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.end(`${lines.join('\r\n')}\r\n\r\n`));
    let answer = '';
    socket.on('data', (chunk) => {
      answer += chunk.toString();
    });
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

describe('over a real socket, the path exactly as an attacker writes it', () => {
  it('refuses cross-site mutations and unauthenticated reads in every spelling', async () => {
    await t.app.listen({ host: '127.0.0.1', port: 0 });
    const port = (t.app.server.address() as net.AddressInfo).port;
    for (const target of ['/%61pi/roles', '//api/roles', '/x/../api/roles', '/API/roles', '/api/./roles']) {
      const read = await rawRequest(port, [`GET ${target} HTTP/1.1`, 'Host: localhost', 'Connection: close']);
      expect(read, target).toMatch(/^HTTP\/1\.1 (401|404) /);
      expect(read, target).not.toContain(UI_MARKER);
      const write = await rawRequest(port, [
        `POST ${target} HTTP/1.1`,
        'Host: localhost',
        `Cookie: ${adminCookie}`,
        'Origin: https://evil.example',
        'Content-Type: application/json',
        'Content-Length: 2',
        'Connection: close',
        '',
        '{}',
      ]);
      expect(write, target).toMatch(/^HTTP\/1\.1 (403|404) /);
    }
  });
});
