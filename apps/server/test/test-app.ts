import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../src/app';
import { ensureAdministrator } from '../src/bootstrap-admin';
import { type Config, loadConfig } from '../src/config';
import type { Database } from '../src/db/database';
import { createTestDatabase } from './test-database';

export const ADMIN_PASSWORD = 'Admin-Parola-Test-1';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  config: Config;
  /** Logs in and returns the Cookie header value for later requests. */
  login(username: string, password: string): Promise<string>;
  loginAdmin(): Promise<string>;
  /** Creates an internal user through the API as the CNAS admin and logs it in. */
  createStaff(options: { house: string; roles: string[]; username?: string }): Promise<StaffSession>;
  close(): Promise<void>;
}

export interface StaffSession {
  id: string;
  username: string;
  password: string;
  cookie: string;
}

export function testConfig(overrides: Record<string, string> = {}): Config {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'siui-test-'));
  return loadConfig({
    NODE_ENV: 'test',
    SIUI_DATA_DIR: dataDir,
    SIUI_LOG_LEVEL: 'silent',
    SIUI_WEB_DIST: path.join(dataDir, 'no-web-dist'),
    ...overrides,
  });
}

export async function createTestApp(
  options: { env?: Record<string, string>; clock?: () => Date; logStream?: NodeJS.WritableStream } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = testConfig(options.env);
  await ensureAdministrator(database.db, ADMIN_PASSWORD);
  const app = await buildApp({
    config,
    database,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.logStream ? { logStream: options.logStream } : {}),
  });
  let adminCookie: string | undefined;

  const login = async (username: string, password: string) => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password },
    });
    if (response.statusCode !== 200) throw new Error(`login ${username} failed: ${response.body}`);
    return sessionCookieOf(response);
  };
  const loginAdmin = async () => {
    adminCookie ??= await login('admin', ADMIN_PASSWORD);
    return adminCookie;
  };

  return {
    app,
    database,
    config,
    login,
    loginAdmin,
    async createStaff({ house, roles, username }) {
      const name = username ?? uniqueName('staff');
      const password = `Parola-${randomBytes(4).toString('hex')}`;
      const response = await app.inject({
        method: 'POST',
        url: '/api/users',
        headers: { cookie: await loginAdmin() },
        payload: { username: name, password, fullName: `Test ${name}`, insuranceHouse: house, roles },
      });
      if (response.statusCode !== 201) throw new Error(`create ${name} failed: ${response.body}`);
      const id = (response.json() as { id: string }).id;
      return { id, username: name, password, cookie: await login(name, password) };
    },
    async close() {
      await app.close();
      await database.close();
      fs.rmSync(config.dataDir, { recursive: true, force: true });
    },
  };
}

export function sessionCookieOf(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'siui_session');
  if (!cookie) throw new Error('no session cookie');
  return `siui_session=${cookie.value}`;
}

let counter = 0;
/** Unique, readable names so tests never collide, even in parallel files on one database. */
export function uniqueName(prefix: string): string {
  counter += 1;
  return `${prefix}${counter}${randomBytes(3).toString('hex')}`;
}
