/**
 * The load test in its short form (CI): concurrent providers, each over its own mutual-TLS
 * keep-alive connection, sending reports for a few seconds — zero errors, nothing lost, nothing
 * twice. The long form (500 sessions, 60 s) is `npm run load`, figures in docs/reliability.md.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrollProviders, runProviderLoad } from '../../../test/load/provider-load';
import { startTestGateway } from '../../../test/online-client';
import { createTestApp, type TestApp } from '../../../test/test-app';

let t: TestApp;
let gateway: Awaited<ReturnType<typeof startTestGateway>>;

beforeAll(async () => {
  t = await createTestApp();
  gateway = await startTestGateway(t);
}, 60_000);
afterAll(async () => {
  await gateway?.gateway.close();
  await t?.close();
});

describe('provider load (short form)', () => {
  it('carries concurrent sessions sending reports with no error, no loss, no duplicate', async () => {
    const providers = await enrollProviders(t, 20);
    const result = await runProviderLoad(
      t.app,
      async (ids) => {
        const row = await t.database.db
          .selectFrom('reports')
          .select([
            sql<number>`count(*)::int`.as('stored'),
            sql<number>`(count(*) - count(distinct (provider_id, idempotency_key)))::int`.as('duplicates'),
          ])
          .where('provider_id', 'in', ids)
          .executeTakeFirstOrThrow();
        return { stored: row.stored, duplicates: row.duplicates };
      },
      providers,
      { sessions: 20, seconds: 5, linesPerReport: 100, gateway },
    );
    expect(result.errors).toEqual({});
    expect(result.reportsAcknowledged).toBeGreaterThan(0);
    expect(result.reportsStored).toBe(result.reportsAcknowledged);
    expect(result.duplicates).toBe(0);
  }, 120_000);
});
