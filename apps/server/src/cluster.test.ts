import { describe, expect, it } from 'vitest';
import { workerCount } from './cluster';

const postgres = { databaseUrl: 'postgres://postgres@127.0.0.1:5432/siui' };
const pglite = { databaseUrl: undefined };

describe('SIUI_WORKERS', () => {
  it('keeps one process unless asked, and on PGlite', () => {
    expect(workerCount(postgres, {})).toBe(1);
    expect(workerCount(postgres, { SIUI_WORKERS: '1' })).toBe(1);
    expect(workerCount(pglite, { SIUI_WORKERS: 'auto' })).toBe(1);
  });

  it('starts the number asked for, or one per core with auto, on PostgreSQL', () => {
    expect(workerCount(postgres, { SIUI_WORKERS: '3' })).toBe(3);
    expect(workerCount(postgres, { SIUI_WORKERS: 'auto' })).toBeGreaterThanOrEqual(1);
  });

  it('refuses a bad value, and several processes on PGlite, naming the setting', () => {
    for (const value of ['0', 'two', '1.5', '65']) {
      expect(() => workerCount(postgres, { SIUI_WORKERS: value })).toThrow(/SIUI_WORKERS/);
    }
    expect(() => workerCount(pglite, { SIUI_WORKERS: '2' })).toThrow(/SIUI_WORKERS.*PostgreSQL/);
  });
});
