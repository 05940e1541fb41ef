import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asSuperuser, rewriteAuditRow } from '../../../test/log-tamper';
import { createTestApp, type TestApp } from '../../../test/test-app';
import { openCheckpointer } from './checkpoints';
import { dailyCheckDue, runIntegrityChecks } from './integrity.service';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('integrity checks for CNAS', () => {
  it('runs on request, records the result and shows a tampered audit trail', async () => {
    const cookie = await t.loginAdmin();
    const clean = await t.app.inject({ method: 'POST', url: '/api/integrity/run', headers: { cookie } });
    expect(clean.json()).toEqual({ intact: true });
    const first = await t.database.db
      .selectFrom('audit_log')
      .select('id')
      .orderBy('id')
      .limit(1)
      .executeTakeFirstOrThrow();
    await asSuperuser(t.database.db, (trx) =>
      sql`update audit_log set actor_username = 'falsificat' where id = ${first.id}`.execute(trx),
    );
    const broken = await t.app.inject({ method: 'POST', url: '/api/integrity/run', headers: { cookie } });
    expect(broken.json()).toEqual({ intact: false });
    const history = await t.app.inject({ url: '/api/integrity', headers: { cookie } });
    expect(history.json().items[0]).toMatchObject({ intact: true, scope: 'ocsp-log' });
    expect(history.json().items[1]).toMatchObject({
      scope: 'audit',
      intact: false,
      brokenAt: first.id,
      reason: 'CONTENT_CHANGED',
      trigger: 'manual:admin',
    });
  });

  it('runs the daily check once a day for all the instances sharing the database', async () => {
    const day = 24 * 3_600_000;
    const now = new Date();
    expect(await dailyCheckDue(t.database.db, now, day)).toBe(true);
    await runIntegrityChecks(t.database.db, 'daily', now);
    // Another instance asking an hour later finds it done; the next day it is due again.
    expect(await dailyCheckDue(t.database.db, new Date(now.getTime() + 3_600_000), day)).toBe(false);
    expect(await dailyCheckDue(t.database.db, new Date(now.getTime() + day), day)).toBe(true);
  });

  it('is for CNAS administrators only', async () => {
    const county = await t.createStaff({ house: 'CAS-AB', roles: ['CJAS_ADMIN'] });
    expect(
      (await t.app.inject({ url: '/api/integrity', headers: { cookie: county.cookie } })).statusCode,
    ).toBe(403);
  });
});

describe('integrity check on request, against the signed checkpoints', () => {
  it('shows a rewrite whose hashes were all recomputed', async () => {
    const own = await createTestApp();
    try {
      const cookie = await own.loginAdmin();
      await openCheckpointer(own.config).checkpoint(own.database.db);
      const first = await own.database.db
        .selectFrom('audit_log')
        .select('id')
        .orderBy('id')
        .executeTakeFirstOrThrow();
      await rewriteAuditRow(own.database.db, first.id, 'falsificat');
      const run = await own.app.inject({ method: 'POST', url: '/api/integrity/run', headers: { cookie } });
      expect(run.json()).toEqual({ intact: false });
      const history = await own.app.inject({ url: '/api/integrity', headers: { cookie } });
      expect(history.json().items[1]).toMatchObject({
        scope: 'audit',
        brokenAt: first.id,
        reason: 'REWRITTEN',
      });
    } finally {
      await own.close();
    }
  });
});
