/**
 * The responder keeps signed answers to GET requests without a nonce, the registration statuses
 * and the authorities by CertID hashes; none may outlive a change. Two server instances share one database (on
 * PostgreSQL: two connection pools and two LISTEN connections, as two processes would have; on
 * PGlite: one database in this process), both answering over HTTP. A change made through one
 * shows in the very next answer of both.
 */

import { BasicOCSPResponse, OCSPResponse } from '@peculiar/asn1-ocsp';
import { AsnConvert } from '@peculiar/asn1-schema';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { providerWithExternalUser, registerAuthority } from '../../../test/factories';
import { createTestCa, issueLeafCertificate, type TestCa, type TestCertificate } from '../../../test/pki';
import { postgresUrlFor } from '../../../test/postgres-admin';
import { createTestApp, type StaffSession, type TestApp } from '../../../test/test-app';
import { testDatabaseKind } from '../../../test/test-database';
import { buildApp } from '../../app';
import { type Database, openDatabase } from '../../db/database';
import { buildOcspRequest } from './ocsp-client';

let t: TestApp;
let other: { app: FastifyInstance; database: Database; own: boolean };
let operator: StaffSession;
let ca: TestCa;
let authorityId: string;
const urls: string[] = [];

async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

beforeAll(async () => {
  t = await createTestApp();
  let database = t.database;
  if (testDatabaseKind() === 'postgres') {
    const name = (await sql<{ name: string }>`select current_database() as name`.execute(t.database.db))
      .rows[0]?.name;
    database = await openDatabase({ databaseUrl: postgresUrlFor(name ?? ''), poolSize: 2 });
  }
  other = { app: await buildApp({ config: t.config, database }), database, own: database !== t.database };
  urls.push(await listen(t.app), await listen(other.app));
  operator = await t.createStaff({ house: 'CAS-AB', roles: ['CJAS_OPERATOR'] });
  ca = await createTestCa({ name: 'Emitent Cache OCSP' });
  authorityId = (await registerAuthority(t, ca.certificatePem)).id;
});

afterAll(async () => {
  await other?.app.close();
  if (other?.own) await other.database.close();
  await t?.close();
});

async function register(leaf: TestCertificate): Promise<string> {
  const { user } = await providerWithExternalUser(t, operator.cookie);
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/user-certificates',
    headers: { cookie: operator.cookie },
    payload: { userId: user.id, certificatePem: leaf.certificatePem },
  });
  expect(created.statusCode).toBe(201);
  return created.json().id;
}

/** One GET /ocsp/{request} (or a POST with a nonce) to an instance: the status and the bytes. */
async function ask(base: string, leaf: TestCertificate, method: 'GET' | 'POST' = 'GET') {
  const request = buildOcspRequest({
    certificate: leaf.certificate,
    issuer: ca.certificate,
    nonce: method === 'POST',
  });
  const response =
    method === 'GET'
      ? await fetch(`${base}/ocsp/${encodeURIComponent(Buffer.from(request.der).toString('base64'))}`)
      : await fetch(`${base}/ocsp`, {
          method: 'POST',
          headers: { 'content-type': 'application/ocsp-request' },
          body: request.der,
        });
  const body = Buffer.from(await response.arrayBuffer());
  const bytes = AsnConvert.parse(body, OCSPResponse).responseBytes?.response.buffer;
  if (!bytes) throw new Error('OCSP error response');
  const status = AsnConvert.parse(bytes, BasicOCSPResponse).tbsResponseData.responses[0]?.certStatus;
  const kind = status?.good !== undefined ? 'good' : status?.revoked ? 'revoked' : 'unknown';
  return { kind, body };
}

/** Both instances answer `kind`, the second time from their cache (the same signed bytes). */
async function bothKeep(leaf: TestCertificate, kind: string) {
  for (const base of urls) {
    // A POST with a nonce first: its status is kept too (never its signed answer).
    expect((await ask(base, leaf, 'POST')).kind).toBe(kind);
    const first = await ask(base, leaf);
    const again = await ask(base, leaf);
    expect([first.kind, again.kind]).toEqual([kind, kind]);
    expect(again.body).toEqual(first.body);
  }
}

const patch = (app: FastifyInstance, url: string, payload: object, cookie: string) =>
  app.inject({ method: 'PATCH', url, headers: { cookie }, payload });

describe('OCSP answers kept for GET requests', () => {
  it('are dropped on every instance the moment a registration is suspended or resumed', async () => {
    const leaf = await issueLeafCertificate(ca, { commonName: 'Cache suspendat' });
    const id = await register(leaf);
    await bothKeep(leaf, 'good');
    const suspended = await patch(
      t.app,
      `/api/user-certificates/${id}`,
      { suspended: true },
      operator.cookie,
    );
    expect(suspended.statusCode).toBe(200);
    expect((await ask(urls[1] as string, leaf, 'POST')).kind).toBe('revoked');
    expect((await ask(urls[1] as string, leaf)).kind).toBe('revoked');
    expect((await ask(urls[0] as string, leaf)).kind).toBe('revoked');
    await bothKeep(leaf, 'revoked');
    // Resumed through the other instance this time.
    const resumed = await patch(
      other.app,
      `/api/user-certificates/${id}`,
      { suspended: false },
      operator.cookie,
    );
    expect(resumed.statusCode).toBe(200);
    expect((await ask(urls[0] as string, leaf, 'POST')).kind).toBe('good');
    expect((await ask(urls[0] as string, leaf)).kind).toBe('good');
    expect((await ask(urls[1] as string, leaf)).kind).toBe('good');
  });

  it('are dropped when an unknown certificate gets registered', async () => {
    const leaf = await issueLeafCertificate(ca, { commonName: 'Cache înregistrat' });
    await bothKeep(leaf, 'unknown');
    await register(leaf);
    expect((await ask(urls[1] as string, leaf)).kind).toBe('good');
    expect((await ask(urls[0] as string, leaf)).kind).toBe('good');
  });

  it('are dropped, with the authorities, when CNAS deactivates an authority', async () => {
    const leaf = await issueLeafCertificate(ca, { commonName: 'Cache autoritate' });
    await register(leaf);
    await bothKeep(leaf, 'good');
    const admin = await t.loginAdmin();
    const off = await patch(t.app, `/api/issuing-authorities/${authorityId}`, { active: false }, admin);
    expect(off.statusCode).toBe(200);
    expect((await ask(urls[1] as string, leaf, 'POST')).kind).toBe('unknown');
    expect((await ask(urls[1] as string, leaf)).kind).toBe('unknown');
    expect((await ask(urls[0] as string, leaf)).kind).toBe('unknown');
    const on = await patch(other.app, `/api/issuing-authorities/${authorityId}`, { active: true }, admin);
    expect(on.statusCode).toBe(200);
    expect((await ask(urls[0] as string, leaf)).kind).toBe('good');
    expect((await ask(urls[1] as string, leaf)).kind).toBe('good');
  });
});
