import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/database';

const exec = promisify(execFile);
const siui = path.join(import.meta.dirname, '../../bin/siui.js');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'siui-demo-'));
const env = { ...process.env, SIUI_DATA_DIR: dataDir, SIUI_LOG_LEVEL: 'warn' };

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const run = (...args: string[]) =>
  exec(process.execPath, [siui, ...args], { env }).then(
    (result) => ({ code: 0, stdout: result.stdout, stderr: result.stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({
      code: error.code,
      stdout: error.stdout,
      stderr: error.stderr,
    }),
  );

describe('siui demo', () => {
  it('creates the scene, prints what it made and where, and does not run twice', async () => {
    const first = await run('demo');
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('Scena demo SIUI Cert a fost creată');
    expect(first.stdout).toMatch(/operator\.alba\s+parola Demo-Parola-2026\s+CAS-AB/);
    expect(first.stdout).toMatch(/cheie de activare: [0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}/);
    const demo = path.join(dataDir, 'demo');
    expect(
      fs
        .readFileSync(path.join(demo, 'conventii', 'generatePassword-DEMO-MF01.pdf'))
        .subarray(0, 4)
        .toString(),
    ).toBe('%PDF');
    expect(fs.statSync(path.join(demo, 'certificate', 'DEMO-MF01.p12')).size).toBeGreaterThan(500);

    const database = await openDatabase({ dataDir });
    try {
      const providers = await database.db
        .selectFrom('providers')
        .select(['code', 'insurance_house_code'])
        .execute();
      expect(providers.map((p) => p.code).sort()).toEqual([
        'DEMO-CL02',
        'DEMO-FA03',
        'DEMO-LB05',
        'DEMO-MF01',
        'DEMO-SP04',
      ]);
      expect(new Set(providers.map((p) => p.insurance_house_code))).toEqual(new Set(['CAS-AB', 'CAS-CJ']));
      const suspended = await database.db
        .selectFrom('user_certificates')
        .select('id')
        .where('suspended', '=', true)
        .execute();
      expect(suspended).toHaveLength(1);
      const reports = await database.db.selectFrom('reports').select('state').execute();
      expect(reports.map((r) => r.state).sort()).toEqual(['PARTIALLY_VALID', 'VALID']);
    } finally {
      await database.close();
    }

    const second = await run('demo');
    expect(second.code).toBe(3);
    expect(second.stderr).toContain('Scena demo există deja');
  }, 120_000);

  it('refuses a database holding real data unless forced', async () => {
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'siui-demo-real-'));
    try {
      const add = await exec(
        process.execPath,
        [
          siui,
          'user',
          'add',
          '--username',
          'ion.real',
          '--password',
          'Parola-Reala-1',
          '--full-name',
          'Ion Real',
          '--house',
          'CAS-AB',
        ],
        {
          env: { ...env, SIUI_DATA_DIR: other },
        },
      );
      expect(add.stdout).toContain('Utilizator creat');
      const refused = await exec(process.execPath, [siui, 'demo'], {
        env: { ...env, SIUI_DATA_DIR: other },
      }).catch((error: { code: number; stderr: string }) => error);
      expect('code' in refused ? refused.code : 0).toBe(3);
      expect('stderr' in refused ? refused.stderr : '').toContain('date reale');
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  }, 120_000);
});
