/**
 * The online gateway over real mutual TLS: real test PKI, the issuer's OCSP responder played by
 * `openssl ocsp`, the provider enrolled through the staff API. Every row of the matrix is a request
 * a provider's desktop could make, and each must leave its line in the house's Log OCSP.
 */
import { execFile } from 'node:child_process';
import https from 'node:https';
import net from 'node:net';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProvider, issueKey, registerAuthority } from '../../../test/factories';
import { callOnline, type OnlineCall, startTestGateway } from '../../../test/online-client';
import { keyFromAgreementText, pdfText } from '../../../test/pdf-text';
import {
  createTempDir,
  createTestCa,
  indexEntryFor,
  issueLeafCertificate,
  issueOcspSigner,
  type OpensslOcspResponder,
  startOpensslOcspResponder,
  type TestCa,
  type TestCertificate,
  writePemFiles,
} from '../../../test/pki';
import { createTestApp, type StaffSession, type TestApp } from '../../../test/test-app';
import { parseCertificate } from '../../pki/certificate';
import { loadKeyHasher } from '../activation-keys/key-hasher';
import { OnlineSessionService } from './online-session.service';
import { TrustStore } from './trust-store';
import { UpstreamOcspChecker } from './upstream-ocsp';

let t: TestApp;
let operator: StaffSession;
let ca: TestCa;
let responder: OpensslOcspResponder;
let gateway: Awaited<ReturnType<typeof startTestGateway>>;
const DAY = 86_400_000;
const exec = promisify(execFile);

interface Enrolled {
  providerId: string;
  providerCode: string;
  username: string;
  key: string;
  leaf: TestCertificate;
  registrationId: string | null;
}

async function enroll(
  issuer: TestCa,
  options: {
    register?: boolean;
    leaf?: Partial<Parameters<typeof issueLeafCertificate>[1]>;
    contractEnd?: string;
  } = {},
): Promise<Enrolled> {
  const provider = await createProvider(t, operator.cookie, {
    ...(options.contractEnd ? { contractStart: '2020-01-01', contractEnd: options.contractEnd } : {}),
  });
  const pdf = await issueKey(t, operator.cookie, provider.id);
  const key = keyFromAgreementText(await pdfText(pdf.rawPayload));
  const leaf = await issueLeafCertificate(issuer, {
    commonName: `Furnizor ${provider.code}`,
    ...options.leaf,
  });
  let registrationId: string | null = null;
  if (options.register !== false) {
    const users = await t.app.inject({
      url: `/api/users?providerCode=${provider.code}`,
      headers: { cookie: operator.cookie },
    });
    const registered = await t.app.inject({
      method: 'POST',
      url: '/api/user-certificates',
      headers: { cookie: operator.cookie },
      payload: { userId: users.json().items[0].id, certificatePem: leaf.certificatePem },
    });
    registrationId = registered.json().id;
  }
  return {
    providerId: provider.id,
    providerCode: provider.code,
    username: `${provider.fiscalCode}_CAS-AB`,
    key,
    leaf,
    registrationId,
  };
}

const as = (who: Enrolled, call: Partial<OnlineCall> = {}): OnlineCall => ({
  path: '/online/v1/session',
  cert: who.leaf.certificatePem,
  key: who.leaf.privateKeyPem,
  auth: { username: who.username, password: who.key },
  ...call,
});

const online = (call: OnlineCall) => callOnline(gateway, call);

async function logOf(providerCode: string) {
  return t.database.db
    .selectFrom('ocsp_log')
    .select(['operation', 'result', 'reason_code', 'certificate_serial', 'insurance_house_code'])
    .where('provider_code', '=', providerCode)
    .orderBy('id')
    .execute();
}

let valid: Enrolled;
let revokedAtIssuer: Enrolled;
let expired: Enrolled;
let notYetValid: Enrolled;

beforeAll(async () => {
  // Every refusal counts against the address, and every call here comes from 127.0.0.1.
  t = await createTestApp({ env: { SIUI_ONLINE_MAX_FAILURES_PER_IP: '1000' } });
  operator = await t.createStaff({ house: 'CAS-AB', roles: ['CJAS_OPERATOR'] });
  ca = await createTestCa({ name: 'Emitent Online Test' });
  const signer = await issueOcspSigner(ca);
  responder = await startOpensslOcspResponder({ ca, signer, entries: [] });
  await registerAuthority(t, ca.certificatePem, { ocspUrl: responder.url });
  gateway = await startTestGateway(t, { upstream: new UpstreamOcspChecker({ timeoutMs: 1_500 }) });

  valid = await enroll(ca);
  revokedAtIssuer = await enroll(ca);
  expired = await enroll(ca, {
    leaf: { notBefore: new Date(Date.now() - 400 * DAY), notAfter: new Date(Date.now() - DAY) },
  });
  notYetValid = await enroll(ca, {
    leaf: { notBefore: new Date(Date.now() + 10 * DAY), notAfter: new Date(Date.now() + 400 * DAY) },
  });
  await responder.setEntries([
    indexEntryFor(valid.leaf),
    indexEntryFor(expired.leaf),
    indexEntryFor(notYetValid.leaf),
    indexEntryFor(revokedAtIssuer.leaf, { reason: 'keyCompromise' }),
  ]);
}, 120_000);

afterAll(async () => {
  await gateway?.gateway.close();
  await responder?.stop();
  await t?.close();
});

describe('GET /online/v1/session — the matrix', () => {
  it('opens a session over TLS 1.3 and TLS 1.2 with the token in the body and the header', async () => {
    for (const maxVersion of ['TLSv1.3', 'TLSv1.2'] as const) {
      const answer = await online(as(valid, { maxVersion }));
      expect(answer.status, maxVersion).toBe(200);
      expect(answer.tlsVersion).toBe(maxVersion);
      const body = answer.json();
      expect(body.token).toBe(answer.headers['x-siui-session']);
      expect(body).toMatchObject({
        externalUsername: valid.username,
        provider: { code: valid.providerCode, category: 'MF' },
        insuranceHouse: { code: 'CAS-AB' },
        certificate: {
          serialNumber: valid.leaf.certificate.serialNumber,
          issuingAuthority: 'Emitent Online Test',
        },
        ocspWarning: null,
      });
    }
  });

  it('keeps working on resumed TLS sessions, and still sees the certificate', async () => {
    for (const maxVersion of ['TLSv1.3', 'TLSv1.2'] as const) {
      const agent = new https.Agent({ keepAlive: false, maxCachedSessions: 10 });
      const first = await online(as(valid, { maxVersion, agent }));
      const second = await online(as(valid, { maxVersion, agent }));
      expect(first.status).toBe(200);
      expect(second.sessionReused, `${maxVersion} resumed`).toBe(true);
      expect(second.status, `${maxVersion} resumed`).toBe(200);
      const noCertificate = await online({
        path: '/online/v1/session',
        auth: { username: valid.username, password: valid.key },
        maxVersion,
        agent,
      });
      expect(noCertificate.json().error?.code).toBe('CLIENT_CERTIFICATE_REQUIRED');
      agent.destroy();
    }
  });

  it('refuses without a client certificate', async () => {
    const answer = await online({
      path: '/online/v1/session',
      auth: { username: valid.username, password: valid.key },
    });
    expect(answer.status).toBe(401);
    expect(answer.json().error?.code).toBe('CLIENT_CERTIFICATE_REQUIRED');
  });

  it('refuses a certificate from an authority SIUI does not accept', async () => {
    const stranger = await createTestCa({ name: 'Autoritate necunoscută' });
    const leaf = await issueLeafCertificate(stranger, { commonName: 'Intrus' });
    const answer = await online({ ...as(valid), cert: leaf.certificatePem, key: leaf.privateKeyPem });
    expect(answer.status).toBe(401);
    expect(answer.json().error).toMatchObject({ code: 'UNTRUSTED_ISSUER' });
  });

  it('refuses expired and not-yet-valid certificates', async () => {
    expect((await online(as(expired))).json().error?.code).toBe('CERTIFICATE_EXPIRED');
    expect((await online(as(notYetValid))).json().error?.code).toBe('CERTIFICATE_NOT_YET_VALID');
  });

  it('refuses a certificate the house did not register, naming its serial', async () => {
    const unregistered = await enroll(ca, { register: false });
    const answer = await online(as(unregistered));
    expect(answer.status).toBe(401);
    expect(answer.json().error?.code).toBe('CERTIFICATE_NOT_REGISTERED');
    expect(answer.json().error?.message).toContain(unregistered.leaf.certificate.serialNumber);
  });

  it('refuses a suspended certificate', async () => {
    const suspended = await enroll(ca);
    await t.app.inject({
      method: 'PATCH',
      url: `/api/user-certificates/${suspended.registrationId}`,
      headers: { cookie: operator.cookie },
      payload: { suspended: true },
    });
    const answer = await online(as(suspended));
    expect(answer.status).toBe(401);
    expect(answer.json().error?.message).toBe(
      'Certificatul este suspendat la casa de asigurări. Nu aveți acces la funcțiile online.',
    );
  });

  it('refuses a wrong key and a reset key, each with its own reason', async () => {
    const wrong = await online(
      as(valid, { auth: { username: valid.username, password: 'ABCDE-FGHJK-MNPQR-STVWX' } }),
    );
    expect(wrong.json().error?.code).toBe('KEY_INVALID');
    const reset = await enroll(ca);
    await responder.setEntries([
      indexEntryFor(valid.leaf),
      indexEntryFor(reset.leaf),
      indexEntryFor(revokedAtIssuer.leaf, { reason: 'keyCompromise' }),
    ]);
    const fresh = keyFromAgreementText(
      await pdfText((await issueKey(t, operator.cookie, reset.providerId, true)).rawPayload),
    );
    expect((await online(as(reset))).json().error?.code).toBe('KEY_RESET');
    expect((await online(as({ ...reset, key: fresh }))).status).toBe(200);
    const noCredentials = await online({ ...as(valid), auth: undefined });
    expect(noCredentials.status).toBe(401);
    expect(noCredentials.headers['www-authenticate']).toMatch(/^Basic realm="SIUI"/);
  });

  it('refuses a certificate its issuer revoked, asking the issuer’s own OCSP responder', async () => {
    const answer = await online(as(revokedAtIssuer));
    expect(answer.status).toBe(401);
    expect(answer.json().error).toMatchObject({ code: 'CERTIFICATE_REVOKED' });
    expect(answer.json().error?.message).toContain('keyCompromise');
  });

  it('applies the authority’s policy when its OCSP responder is down: hard fail or soft fail, logged', async () => {
    const hardCa = await createTestCa({ name: 'Emitent Hard Fail' });
    await registerAuthority(t, hardCa.certificatePem, { ocspUrl: 'http://127.0.0.1:9/ocsp' });
    const softCa = await createTestCa({ name: 'Emitent Soft Fail' });
    await registerAuthority(t, softCa.certificatePem, {
      ocspUrl: 'http://127.0.0.1:9/ocsp',
      ocspPolicy: 'SOFT_FAIL',
    });
    const hard = await enroll(hardCa);
    const soft = await enroll(softCa);
    const hardAnswer = await online(as(hard));
    expect(hardAnswer.status).toBe(401);
    expect(hardAnswer.json().error?.code).toBe('OCSP_UNAVAILABLE');
    const softAnswer = await online(as(soft));
    expect(softAnswer.status).toBe(200);
    expect(softAnswer.json().ocspWarning).toBe('UNREACHABLE');
    expect((await logOf(soft.providerCode)).at(-1)).toMatchObject({
      result: 'ALLOWED',
      reason_code: 'OCSP_SOFT_FAIL',
    });
  });

  it('bounds the wait for an issuer’s OCSP responder that accepts the connection and never answers', async () => {
    const hanging = net.createServer(() => {});
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    try {
      const port = (hanging.address() as net.AddressInfo).port;
      const slowCa = await createTestCa({ name: 'Emitent care nu răspunde' });
      await registerAuthority(t, slowCa.certificatePem, { ocspUrl: `http://127.0.0.1:${port}/ocsp` });
      const slow = await enroll(slowCa);
      const started = Date.now();
      const answer = await online(as(slow));
      const waited = Date.now() - started;
      expect(answer.status).toBe(401);
      expect(answer.json().error?.code).toBe('OCSP_UNAVAILABLE');
      expect(waited).toBeLessThan(5_000);
      expect(await logOf(slow.providerCode)).toContainEqual(
        expect.objectContaining({ result: 'REFUSED', reason_code: 'OCSP_UNAVAILABLE' }),
      );
    } finally {
      hanging.close();
    }
  });

  it('answers 403 when the certificate is fine but the contract has ended', async () => {
    const ended = await enroll(ca, { contractEnd: '2021-12-31' });
    await responder.setEntries([
      indexEntryFor(valid.leaf),
      indexEntryFor(ended.leaf),
      indexEntryFor(revokedAtIssuer.leaf, { reason: 'keyCompromise' }),
    ]);
    const answer = await online(as(ended));
    expect(answer.status).toBe(403);
    expect(answer.json().error).toMatchObject({ code: 'CONTRACT_ENDED' });
  });

  it('locks a user name after repeated wrong keys, with Retry-After and an audit entry', async () => {
    const target = await enroll(ca);
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const answer = await online(
        as(target, { auth: { username: target.username, password: 'ABCDE-FGHJK-MNPQR-STVWX' } }),
      );
      statuses.push(answer.status);
    }
    expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true);
    const locked = await online(as(target));
    expect(locked.status).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    const lockouts = await t.database.db
      .selectFrom('audit_log')
      .select(['entity_type', 'entity_id'])
      .where('action', '=', 'online.lockout')
      .execute();
    expect(lockouts).toContainEqual({ entity_type: 'username', entity_id: target.username.toLowerCase() });
  });

  it('works with curl exactly as the README shows', async () => {
    const dir = await createTempDir('siui-curl-');
    try {
      const files = await writePemFiles(dir, {
        'server.pem': gateway.serverCa,
        'provider.pem': valid.leaf.certificatePem,
        'provider-key.pem': valid.leaf.privateKeyPem,
      });
      const { stdout } = await exec('curl', [
        '--silent',
        '--show-error',
        '--cacert',
        files['server.pem'],
        '--cert',
        files['provider.pem'],
        '--key',
        files['provider-key.pem'],
        '-u',
        `${valid.username}:${valid.key}`,
        `https://127.0.0.1:${gateway.url.port}/online/v1/session`,
      ]);
      expect(JSON.parse(stdout)).toMatchObject({
        externalUsername: valid.username,
        token: expect.any(String),
      });
    } finally {
      await dir.remove();
    }
  });

  it('writes every attempt to the house’s Log OCSP with its reason', async () => {
    const rows = await logOf(expired.providerCode);
    expect(rows).toContainEqual({
      operation: 'SESSION',
      result: 'REFUSED',
      reason_code: 'CERTIFICATE_EXPIRED',
      certificate_serial: expired.leaf.certificate.serialNumber,
      insurance_house_code: 'CAS-AB',
    });
    const validRows = await logOf(valid.providerCode);
    expect(validRows.some((row) => row.result === 'ALLOWED' && row.insurance_house_code === 'CAS-AB')).toBe(
      true,
    );
    // The wrong key sent under valid's name proved nothing: it is not in the house's log.
    expect(validRows.some((row) => row.reason_code === 'KEY_INVALID')).toBe(false);
    const staffView = await t.app.inject({
      url: `/api/ocsp-log?providerCode=${revokedAtIssuer.providerCode}`,
      headers: { cookie: operator.cookie },
    });
    expect(staffView.json().items[0]).toMatchObject({
      operation: 'SESSION',
      result: 'REFUSED',
      reasonCode: 'CERTIFICATE_REVOKED',
    });
  });
});

describe('GET /online/v1/session — strangers', () => {
  const wrongKey = 'ABCDE-FGHJK-MNPQR-STVWX';

  it('answers a caller without the key the same, whatever the user or the registry holds', async () => {
    const known = await enroll(ca);
    const unregistered = await enroll(ca, { register: false });
    const answers = await Promise.all([
      online(as(known, { auth: { username: known.username, password: wrongKey } })),
      online(as(unregistered, { auth: { username: unregistered.username, password: wrongKey } })),
      online(as(known, { auth: { username: '99999999_CAS-AB', password: wrongKey } })),
      online(as(known, { auth: { username: known.username, password: 'nu-e-o-cheie' } })),
    ]);
    for (const answer of answers) {
      expect(answer.status).toBe(401);
      expect(answer.json()).toEqual(answers[0]?.json());
    }
    expect(answers[0]?.json().error?.code).toBe('KEY_INVALID');
    // With the key proven the caller learns the registration is missing, as the README says.
    const proven = await online(as(unregistered));
    expect(proven.json().error?.code).toBe('CERTIFICATE_NOT_REGISTERED');
  });

  it('keeps a stranger’s attempt out of the house’s Log OCSP, unattributed for CNAS', async () => {
    const victim = await enroll(ca);
    await online(as(victim, { auth: { username: victim.username, password: wrongKey } }));
    const houseView = await t.app.inject({
      url: `/api/ocsp-log?username=${victim.username}`,
      headers: { cookie: operator.cookie },
    });
    expect(houseView.json().items).toEqual([]);
    expect(await logOf(victim.providerCode)).toEqual([]);
    const cnasView = await t.app.inject({
      url: '/api/ocsp-log?operation=SESSION&result=REFUSED',
      headers: { cookie: await t.loginAdmin() },
    });
    expect(cnasView.json().items).toContainEqual(
      expect.objectContaining({
        insuranceHouse: null,
        providerCode: null,
        externalUsername: null,
        reasonCode: 'KEY_INVALID',
        details: { claimedUsername: victim.username },
      }),
    );
  });

  it('opens no more sessions to guessing than the limit of a user, out of a concurrent burst', async () => {
    const target = await enroll(ca);
    const burst = await Promise.all(
      Array.from({ length: 30 }, () =>
        online(as(target, { auth: { username: target.username, password: wrongKey } })),
      ),
    );
    const codes = burst.map((answer) => answer.json().error?.code);
    // SIUI_ONLINE_MAX_FAILURES_PER_USER is 10: ten keys checked, twenty refused unchecked.
    expect(codes.filter((code) => code === 'KEY_INVALID')).toHaveLength(10);
    expect(codes.filter((code) => code === 'TOO_MANY_ATTEMPTS')).toHaveLength(20);
  });
});

describe('OnlineSessionService.open under a burst reaching it all at once', () => {
  it('checks no more keys of one user than its limit', async () => {
    const target = await enroll(ca);
    const trust = new TrustStore(t.database.db);
    await trust.reload();
    const sessions = new OnlineSessionService(
      t.database.db,
      loadKeyHasher(t.config),
      trust,
      new UpstreamOcspChecker({ timeoutMs: 1_500 }),
      undefined,
      t.config.onlineThrottle,
    );
    const certificate = parseCertificate(target.leaf.certificatePem);
    const authorization = `Basic ${Buffer.from(`${target.username}:ABCDE-FGHJK-MNPQR-STVWX`).toString('base64')}`;
    const outcomes = await Promise.allSettled(
      Array.from({ length: 30 }, (_, i) =>
        sessions.open({ certificate, clientIp: `203.0.113.${i + 1}`, authorization }),
      ),
    );
    const codes = outcomes.map((outcome) => (outcome.status === 'rejected' ? outcome.reason.code : 'OK'));
    expect(codes.filter((code) => code === 'KEY_INVALID')).toHaveLength(10);
    expect(codes.filter((code) => code === 'TOO_MANY_ATTEMPTS')).toHaveLength(20);
  });
});

describe('GET /online/v1/session — one address', () => {
  it('counts every refusal against the address, before any certificate is looked at', async () => {
    const strict = await createTestApp({ env: { SIUI_ONLINE_MAX_FAILURES_PER_IP: '3' } });
    const edge = await startTestGateway(strict);
    try {
      const statuses: number[] = [];
      const codes: (string | undefined)[] = [];
      for (let i = 0; i < 5; i++) {
        const answer = await callOnline(edge, {
          path: '/online/v1/session',
          auth: { username: `1000000${i}_CAS-AB`, password: 'ABCDE-FGHJK-MNPQR-STVWX' },
        });
        statuses.push(answer.status);
        codes.push(answer.json().error?.code);
      }
      expect(codes.slice(0, 3)).toEqual(Array(3).fill('CLIENT_CERTIFICATE_REQUIRED'));
      expect(statuses.slice(3)).toEqual([429, 429]);
      const lockouts = await strict.database.db
        .selectFrom('audit_log')
        .select(['entity_type', 'entity_id'])
        .where('action', '=', 'online.lockout')
        .execute();
      expect(lockouts).toEqual([{ entity_type: 'client-ip', entity_id: '127.0.0.1' }]);
    } finally {
      await edge.gateway.close();
      await strict.close();
    }
  });
});

describe('GET /online/v1/session — a campaign against everyone', () => {
  it('raises the alarm once and keeps answering each caller on its own merits', async () => {
    const campaign = await createTestApp({
      env: { SIUI_ONLINE_MAX_FAILURES_GLOBAL: '2', SIUI_ONLINE_MAX_FAILURES_PER_IP: '1000' },
    });
    const edge = await startTestGateway(campaign);
    try {
      const issuer = await createTestCa({ name: 'Emitent Campanie' });
      await registerAuthority(campaign, issuer.certificatePem, { ocspUrl: null });
      await edge.gateway.reloadTrust();
      const leaf = await issueLeafCertificate(issuer, { commonName: 'Campanie' });
      const codes: (string | undefined)[] = [];
      for (let i = 0; i < 5; i++) {
        const answer = await callOnline(edge, {
          path: '/online/v1/session',
          cert: leaf.certificatePem,
          key: leaf.privateKeyPem,
          auth: { username: `2000000${i}_CAS-AB`, password: 'ABCDE-FGHJK-MNPQR-STVWX' },
        });
        codes.push(answer.json().error?.code);
      }
      expect(codes).toEqual(Array(5).fill('KEY_INVALID'));
      const entries = await campaign.database.db
        .selectFrom('audit_log')
        .select(['action', 'entity_type', 'entity_id'])
        .where('action', 'in', ['online.alert', 'online.lockout'])
        .execute();
      expect(entries).toEqual([{ action: 'online.alert', entity_type: 'global', entity_id: 'online' }]);
    } finally {
      await edge.gateway.close();
      await campaign.close();
    }
  });
});
