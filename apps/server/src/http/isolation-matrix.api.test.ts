/**
 * Who may call what: every staff route × every kind of caller, with the exact status expected.
 * A route added to the application without a row here fails the first test — decide its rights.
 */
import { randomBytes } from 'node:crypto';
import { generateLicenseKey } from '@siui/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createProvider,
  issueKey,
  providerInput,
  registerAuthority,
  uniqueFiscalCode,
} from '../../test/factories';
import { createTestCa, issueLeafCertificate, type TestCa } from '../../test/pki';
import { createTestApp, type TestApp, uniqueName } from '../../test/test-app';

const CALLERS = ['cnas', 'sameHouse', 'otherHouse', 'noRight', 'loggedOut', 'external'] as const;
type Caller = (typeof CALLERS)[number];
type Statuses = [
  cnas: number,
  sameHouse: number,
  otherHouse: number,
  noRight: number,
  loggedOut: number,
  external: number,
];

interface Request {
  url: string;
  payload?: object | string;
  headers?: Record<string, string>;
}

interface Row {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  route: string;
  expected: Statuses;
  /** Builds a fresh request (and any resource it needs) for one caller. */
  request: () => Promise<Request>;
}

let t: TestApp;
let ca: TestCa;
let authorityId: string;
const cookies = {} as Record<Caller, Record<string, string>>;

// Resources of CAS-AB, made fresh for each call by the CNAS administrator.
const admin = async () => ({ cookie: await t.loginAdmin() });
const abProvider = async () =>
  (await createProvider(t, (await admin()).cookie, { insuranceHouse: 'CAS-AB' })).id;
const abProviderWithKey = async () => {
  const id = await abProvider();
  await issueKey(t, (await admin()).cookie, id);
  return id;
};
const abUser = async () => {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/users',
    headers: await admin(),
    payload: {
      username: uniqueName('u'),
      password: 'Parola-Sigura-1',
      fullName: 'Ion Pop',
      insuranceHouse: 'CAS-AB',
    },
  });
  return response.json().id as string;
};
const abExternalUser = async () => {
  const provider = await createProvider(t, (await admin()).cookie, { insuranceHouse: 'CAS-AB' });
  await issueKey(t, (await admin()).cookie, provider.id);
  const users = await t.app.inject({
    url: `/api/users?providerCode=${provider.code}`,
    headers: await admin(),
  });
  return users.json().items[0].id as string;
};
const abCertificate = async () => {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/user-certificates',
    headers: await admin(),
    payload: {
      userId: await abExternalUser(),
      issuingAuthorityId: authorityId,
      serialNumber: randomBytes(8).toString('hex'),
    },
  });
  return response.json().id as string;
};
const customRole = async () => {
  const code = `ROL_${uniqueName('').toUpperCase()}`;
  await t.app.inject({
    method: 'POST',
    url: '/api/roles',
    headers: await admin(),
    payload: { code, name: 'Rol test', rights: ['AUDIT_VIEW'] },
  });
  return code;
};

const ok = (status: number, scoped = status): Statuses => [status, status, scoped, 403, 401, 401];
const cnasOnly = (status: number): Statuses => [status, 403, 403, 403, 401, 401];
const anyStaff = (status: number): Statuses => [status, status, status, status, 401, 401];

const TABLE: Row[] = [
  {
    method: 'GET',
    route: '/api/auth/me',
    expected: anyStaff(200),
    request: async () => ({ url: '/api/auth/me' }),
  },
  {
    method: 'GET',
    route: '/api/insurance-houses',
    expected: anyStaff(200),
    request: async () => ({ url: '/api/insurance-houses' }),
  },
  { method: 'GET', route: '/api/roles', expected: ok(200), request: async () => ({ url: '/api/roles' }) },
  {
    method: 'POST',
    route: '/api/roles',
    expected: cnasOnly(201),
    request: async () => ({
      url: '/api/roles',
      payload: { code: `R_${uniqueName('').toUpperCase()}`, name: 'Rol', rights: ['AUDIT_VIEW'] },
    }),
  },
  {
    method: 'PATCH',
    route: '/api/roles/:code',
    expected: cnasOnly(200),
    request: async () => ({ url: `/api/roles/${await customRole()}`, payload: { name: 'Alt nume' } }),
  },
  {
    method: 'DELETE',
    route: '/api/roles/:code',
    expected: cnasOnly(204),
    request: async () => ({ url: `/api/roles/${await customRole()}` }),
  },
  { method: 'GET', route: '/api/users', expected: ok(200), request: async () => ({ url: '/api/users' }) },
  {
    method: 'POST',
    route: '/api/users',
    expected: ok(201),
    request: async () => ({
      url: '/api/users',
      payload: { username: uniqueName('n'), password: 'Parola-Sigura-1', fullName: 'Nou Nou' },
    }),
  },
  {
    method: 'GET',
    route: '/api/users/:id',
    expected: ok(200, 404),
    request: async () => ({ url: `/api/users/${await abUser()}` }),
  },
  {
    method: 'PATCH',
    route: '/api/users/:id',
    expected: ok(200, 404),
    request: async () => ({ url: `/api/users/${await abUser()}`, payload: { fullName: 'Nume Nou' } }),
  },
  { method: 'GET', route: '/api/audit', expected: ok(200), request: async () => ({ url: '/api/audit' }) },
  {
    method: 'GET',
    route: '/api/providers',
    expected: ok(200),
    request: async () => ({ url: '/api/providers' }),
  },
  {
    method: 'POST',
    route: '/api/providers',
    expected: ok(201, 403),
    request: async () => ({ url: '/api/providers', payload: providerInput({ insuranceHouse: 'CAS-AB' }) }),
  },
  {
    method: 'GET',
    route: '/api/providers/:id',
    expected: ok(200, 404),
    request: async () => ({ url: `/api/providers/${await abProvider()}` }),
  },
  {
    method: 'PATCH',
    route: '/api/providers/:id',
    expected: ok(200, 404),
    request: async () => ({
      url: `/api/providers/${await abProvider()}`,
      payload: { phone: '0258 111 222' },
    }),
  },
  {
    method: 'POST',
    route: '/api/providers/import',
    expected: ok(200, 403),
    request: async () => ({
      url: '/api/providers/import?insuranceHouse=CAS-AB',
      headers: { 'content-type': 'text/csv' },
      payload: `cod;denumire;cui;categorie;nr_contract;data_inceput_contract;data_sfarsit_contract\n${uniqueName('I')};Import;${uniqueFiscalCode()};MF;C1;2020-01-01;2099-12-31\n`,
    }),
  },
  {
    method: 'POST',
    route: '/api/providers/:id/activation-key',
    expected: ok(200, 404),
    request: async () => ({ url: `/api/providers/${await abProvider()}/activation-key` }),
  },
  {
    method: 'POST',
    route: '/api/providers/:id/activation-key/reset',
    expected: ok(200, 404),
    request: async () => ({ url: `/api/providers/${await abProviderWithKey()}/activation-key/reset` }),
  },
  {
    method: 'GET',
    route: '/api/providers/:id/activation-keys',
    expected: ok(200, 404),
    request: async () => ({ url: `/api/providers/${await abProvider()}/activation-keys` }),
  },
  {
    method: 'GET',
    route: '/api/providers/:id/installations',
    expected: ok(200, 404),
    request: async () => ({ url: `/api/providers/${await abProvider()}/installations` }),
  },
  {
    method: 'GET',
    route: '/api/issuing-authorities',
    expected: ok(200),
    request: async () => ({ url: '/api/issuing-authorities' }),
  },
  {
    method: 'POST',
    route: '/api/issuing-authorities',
    expected: cnasOnly(201),
    request: async () => ({
      url: '/api/issuing-authorities',
      payload: { certificatePem: (await createTestCa({ name: uniqueName('CA') })).certificatePem },
    }),
  },
  {
    method: 'GET',
    route: '/api/issuing-authorities/:id',
    expected: ok(200),
    request: async () => ({ url: `/api/issuing-authorities/${authorityId}` }),
  },
  {
    method: 'PATCH',
    route: '/api/issuing-authorities/:id',
    expected: cnasOnly(200),
    request: async () => ({ url: `/api/issuing-authorities/${authorityId}`, payload: { crlUrl: null } }),
  },
  {
    method: 'GET',
    route: '/api/user-certificates',
    expected: ok(200),
    request: async () => ({ url: '/api/user-certificates' }),
  },
  {
    method: 'POST',
    route: '/api/user-certificates',
    expected: ok(201, 404),
    request: async () => ({
      url: '/api/user-certificates',
      payload: {
        userId: await abExternalUser(),
        issuingAuthorityId: authorityId,
        serialNumber: randomBytes(8).toString('hex'),
      },
    }),
  },
  {
    method: 'POST',
    route: '/api/user-certificates/inspect',
    expected: ok(200),
    request: async () => ({
      url: '/api/user-certificates/inspect',
      payload: { certificatePem: (await issueLeafCertificate(ca, { commonName: 'X' })).certificatePem },
    }),
  },
  {
    method: 'GET',
    route: '/api/user-certificates/:id',
    expected: ok(200, 404),
    request: async () => ({ url: `/api/user-certificates/${await abCertificate()}` }),
  },
  {
    method: 'PATCH',
    route: '/api/user-certificates/:id',
    expected: ok(200, 404),
    request: async () => ({
      url: `/api/user-certificates/${await abCertificate()}`,
      payload: { suspended: true },
    }),
  },
  {
    method: 'GET',
    route: '/api/ocsp-log',
    expected: ok(200),
    request: async () => ({ url: '/api/ocsp-log' }),
  },
  {
    method: 'GET',
    route: '/api/ocsp-log/export.csv',
    expected: ok(200),
    request: async () => ({ url: '/api/ocsp-log/export.csv' }),
  },
  { method: 'GET', route: '/api/reports', expected: ok(200), request: async () => ({ url: '/api/reports' }) },
  {
    method: 'GET',
    route: '/api/integrity',
    expected: cnasOnly(200),
    request: async () => ({ url: '/api/integrity' }),
  },
  {
    method: 'POST',
    route: '/api/integrity/run',
    expected: cnasOnly(200),
    request: async () => ({ url: '/api/integrity/run' }),
  },
  // Last: it ends the caller's session.
  {
    method: 'POST',
    route: '/api/auth/logout',
    expected: [204, 204, 204, 204, 401, 401],
    request: async () => ({ url: '/api/auth/logout' }),
  },
];

/** Reachable without a staff session, on purpose. */
const PUBLIC = ['GET /api/health', 'POST /api/auth/login', 'GET /api/openapi.json', 'POST /api/activation'];

beforeAll(async () => {
  t = await createTestApp();
  ca = await createTestCa({ name: 'Matrix CA' });
  authorityId = (await registerAuthority(t, ca.certificatePem, { ocspUrl: null })).id;
  const same = await t.createStaff({ house: 'CAS-AB', roles: ['CJAS_ADMIN'] });
  const other = await t.createStaff({ house: 'CAS-CJ', roles: ['CJAS_ADMIN'] });
  const none = await t.createStaff({ house: 'CAS-AB', roles: [] });
  const external = Buffer.from(`${uniqueFiscalCode()}_CAS-AB:${generateLicenseKey()}`).toString('base64');
  cookies.cnas = { cookie: await t.loginAdmin() };
  cookies.sameHouse = { cookie: same.cookie };
  cookies.otherHouse = { cookie: other.cookie };
  cookies.noRight = { cookie: none.cookie };
  cookies.loggedOut = {};
  cookies.external = { authorization: `Basic ${external}` };
}, 60_000);
afterAll(() => t.close());

describe('isolation matrix', () => {
  it('has a row for every staff route the application serves', () => {
    const served = t.app.registeredRoutes
      .filter((route) => route.url.startsWith('/api/') && !route.url.startsWith('/api/docs'))
      .map((route) => `${route.method} ${route.url}`);
    const listed = [
      ...TABLE.map((row) => `${row.method} ${row.route.replace(/:code|:id/g, (p) => p)}`),
      ...PUBLIC,
    ];
    expect(served.filter((route) => !listed.includes(route)).sort()).toEqual([]);
  });

  it.each(TABLE.map((row) => [`${row.method} ${row.route}`, row] as const))('%s', async (_name, row) => {
    const actual: number[] = [];
    for (const caller of CALLERS) {
      const request = await row.request();
      const response = await t.app.inject({
        method: row.method,
        url: request.url,
        headers: { ...cookies[caller], ...request.headers },
        ...(request.payload === undefined ? {} : { payload: request.payload }),
      });
      actual.push(response.statusCode);
    }
    expect(Object.fromEntries(CALLERS.map((caller, i) => [caller, actual[i]]))).toEqual(
      Object.fromEntries(CALLERS.map((caller, i) => [caller, row.expected[i]])),
    );
  });
});
