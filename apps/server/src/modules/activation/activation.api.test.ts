import { PassThrough } from 'node:stream';
import { generateLicenseKey } from '@siui/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTRACT, createProvider, issueKey } from '../../../test/factories';
import { keyFromAgreementText, pdfText } from '../../../test/pdf-text';
import { createTestApp, type StaffSession, type TestApp } from '../../../test/test-app';
import { loadKeyHasher } from '../activation-keys/key-hasher';
import { ActivationService } from './activation.service';

let t: TestApp;
let operator: StaffSession;
beforeAll(async () => {
  t = await createTestApp({ env: { SIUI_ACTIVATION_MAX_FAILURES_PER_IP: '1000' } });
  operator = await t.createStaff({ house: 'CAS-AB', roles: ['CJAS_OPERATOR'] });
});
afterAll(() => t.close());

async function providerWithKey(overrides = {}) {
  const provider = await createProvider(t, operator.cookie, overrides);
  const key = keyFromAgreementText(
    await pdfText((await issueKey(t, operator.cookie, provider.id)).rawPayload),
  );
  return { ...provider, key };
}

const activate = (licenseSerial: string, insuranceHouse = 'CAS-AB', ip = '10.1.2.3') =>
  t.app.inject({
    method: 'POST',
    url: '/api/activation',
    remoteAddress: ip,
    payload: {
      licenseSerial,
      insuranceHouse,
      installationId: 'desk-7f3a9c01',
      reactivateCurrentDatabase: true,
    },
  });

describe('POST /api/activation (Administrare / Activare)', () => {
  it('activates with the key typed as a person would and answers the provider’s identity', async () => {
    const provider = await providerWithKey();
    const typed = provider.key.toLowerCase().replaceAll('-', ' ').replaceAll('1', 'l').replaceAll('0', 'o');
    const response = await activate(typed);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      provider: {
        code: provider.code,
        fiscalCode: provider.fiscalCode,
        name: 'Cabinet Medical Dr. Ștefănescu Țurcanu SRL',
        category: 'MF',
        contract: { number: CONTRACT.number, start: CONTRACT.start, end: CONTRACT.end },
      },
      externalUsername: `${provider.fiscalCode}_CAS-AB`,
      insuranceHouse: { code: 'CAS-AB', name: 'Casa de Asigurări de Sănătate Alba' },
      installationId: 'desk-7f3a9c01',
      reactivateCurrentDatabase: true,
      keyGeneration: 1,
    });
    const installations = await t.app.inject({
      url: `/api/providers/${provider.id}/installations`,
      headers: { cookie: operator.cookie },
    });
    expect(installations.json()).toEqual([
      expect.objectContaining({
        installationId: 'desk-7f3a9c01',
        reactivateCurrentDatabase: true,
        keyGeneration: 1,
      }),
    ]);
  });

  it('catches a typo before touching the database', async () => {
    const provider = await providerWithKey();
    const chars = provider.key.split('');
    const at = chars.findIndex((char, i) => char !== '-' && chars[i + 1] !== '-' && char !== chars[i + 1]);
    [chars[at], chars[at + 1]] = [chars[at + 1] ?? '', chars[at] ?? ''];
    const swapped = chars.join('');
    const response = await activate(swapped);
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe('ACTIVATION_KEY_TYPO');
    const short = await activate('ABCDE-12345');
    expect(short.json().error.code).toBe('ACTIVATION_KEY_FORMAT');
    expect(short.json().error.message).toMatch(/4 grupe de câte 5 caractere/);
  });

  it('answers a well-formed unknown key and a reset key the same way', async () => {
    const provider = await providerWithKey();
    await issueKey(t, operator.cookie, provider.id, true);
    const reset = await activate(provider.key);
    const unknown = await activate(generateLicenseKey());
    expect(reset.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(reset.json()).toEqual(unknown.json());
  });

  it('refuses the key at another house and for an inactive provider', async () => {
    const provider = await providerWithKey();
    const wrongHouse = await activate(provider.key, 'CAS-CJ');
    expect(wrongHouse.statusCode).toBe(401);
    expect(wrongHouse.json().error.code).toBe('ACTIVATION_HOUSE_MISMATCH');
    await t.app.inject({
      method: 'PATCH',
      url: `/api/providers/${provider.id}`,
      headers: { cookie: operator.cookie },
      payload: { active: false },
    });
    const inactive = await activate(provider.key);
    expect(inactive.statusCode).toBe(403);
    expect(inactive.json().error.code).toBe('PROVIDER_INACTIVE');
  });

  it('keeps every attempt that reached the database for the Log OCSP of the house', async () => {
    const provider = await providerWithKey();
    await activate(provider.key, 'CAS-CJ');
    await activate(provider.key);
    const rows = await t.database.db
      .selectFrom('ocsp_log')
      .selectAll()
      .where('provider_id', '=', provider.id)
      .orderBy('id')
      .execute();
    expect(rows.map((row) => [row.operation, row.result, row.reason_code, row.insurance_house_code])).toEqual(
      [
        ['ACTIVATION', 'REFUSED', 'HOUSE_MISMATCH', 'CAS-AB'],
        ['ACTIVATION', 'ALLOWED', null, 'CAS-AB'],
      ],
    );
    expect(rows[1]?.external_username).toBe(`${provider.fiscalCode}_CAS-AB`);
    expect(rows[1]?.client_ip).toBe('10.1.2.3');
  });

  it('refuses bad input with field names and an unknown house clearly', async () => {
    const missing = await t.app.inject({
      method: 'POST',
      url: '/api/activation',
      payload: { licenseSerial: 'x' },
    });
    expect(missing.statusCode).toBe(400);
    expect(Object.keys(missing.json().error.fields)).toEqual(
      expect.arrayContaining(['insuranceHouse', 'installationId']),
    );
    const provider = await providerWithKey();
    const unknownHouse = await activate(provider.key, 'CAS-ZZ');
    expect(unknownHouse.json().error.code).toBe('UNKNOWN_INSURANCE_HOUSE');
  });
});

describe('activation throttling', () => {
  it('blocks an address after repeated wrong keys with 429 and Retry-After', async () => {
    const strict = await createTestApp({ env: { SIUI_ACTIVATION_MAX_FAILURES_PER_IP: '3' } });
    try {
      const attempt = () =>
        strict.app.inject({
          method: 'POST',
          url: '/api/activation',
          remoteAddress: '192.0.2.50',
          payload: {
            licenseSerial: generateLicenseKey(),
            insuranceHouse: 'CAS-AB',
            installationId: 'desk-brute-force',
            reactivateCurrentDatabase: false,
          },
        });
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await attempt()).statusCode);
      expect(statuses).toEqual([401, 401, 401, 429]);
      const blocked = await attempt();
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
      const lockouts = await strict.database.db
        .selectFrom('audit_log')
        .select(['action', 'entity_type', 'entity_id'])
        .where('action', '=', 'activation.lockout')
        .execute();
      expect(lockouts).toEqual([
        { action: 'activation.lockout', entity_type: 'client-ip', entity_id: '192.0.2.50' },
      ]);
    } finally {
      await strict.close();
    }
  });
});

describe('activation throttling under a flood', () => {
  const wrongKey = (app: TestApp, ip: string, installationId = 'desk-flood') =>
    app.app.inject({
      method: 'POST',
      url: '/api/activation',
      remoteAddress: ip,
      payload: {
        licenseSerial: generateLicenseKey(),
        insuranceHouse: 'CAS-AB',
        installationId,
        reactivateCurrentDatabase: false,
      },
    });

  it('checks no more keys than the limit out of a burst of concurrent guesses', async () => {
    const strict = await createTestApp({ env: { SIUI_ACTIVATION_MAX_FAILURES_PER_IP: '3' } });
    try {
      const burst = await Promise.all(
        Array.from({ length: 30 }, () => wrongKey(strict, '192.0.2.60', 'desk-burst')),
      );
      const statuses = burst.map((response) => response.statusCode);
      expect(statuses.filter((status) => status === 401)).toHaveLength(3);
      expect(statuses.filter((status) => status === 429)).toHaveLength(27);
      // Every key that was checked left its REFUSED line in the Log OCSP: three, not thirty.
      const checked = await strict.database.db
        .selectFrom('ocsp_log')
        .select('reason_code')
        .where('operation', '=', 'ACTIVATION')
        .where('client_ip', '=', '192.0.2.60')
        .execute();
      expect(checked).toHaveLength(3);
    } finally {
      await strict.close();
    }
  });

  it('gives a burst reaching the service all at once no more verdicts than the limit', async () => {
    const strict = await createTestApp({ env: { SIUI_ACTIVATION_MAX_FAILURES_PER_IP: '3' } });
    try {
      const service = new ActivationService(
        strict.database.db,
        loadKeyHasher(strict.config),
        strict.config.activationThrottle,
      );
      const outcomes = await Promise.allSettled(
        Array.from({ length: 30 }, () =>
          service.activate(
            {
              licenseSerial: generateLicenseKey(),
              insuranceHouse: 'CAS-AB',
              installationId: 'desk-burst',
              reactivateCurrentDatabase: false,
            },
            '192.0.2.61',
          ),
        ),
      );
      const codes = outcomes.map((outcome) => (outcome.status === 'rejected' ? outcome.reason.code : 'OK'));
      expect(codes.filter((code) => code === 'ACTIVATION_KEY_INVALID')).toHaveLength(3);
      expect(codes.filter((code) => code === 'TOO_MANY_ATTEMPTS')).toHaveLength(27);
    } finally {
      await strict.close();
    }
  });

  it('alerts on a flood against one house, and lets another provider of that house activate', async () => {
    let log = '';
    const stream = new PassThrough().on('data', (chunk: Buffer) => {
      log += chunk.toString('utf8');
    });
    const flooded = await createTestApp({
      env: {
        SIUI_ACTIVATION_MAX_FAILURES_PER_HOUSE: '3',
        SIUI_ACTIVATION_MAX_FAILURES_GLOBAL: '4',
        SIUI_LOG_LEVEL: 'warn',
      },
      logStream: stream,
    });
    try {
      const statuses = [];
      for (let i = 1; i <= 8; i++) statuses.push((await wrongKey(flooded, `198.51.100.${i}`)).statusCode);
      expect(statuses).toEqual(Array(8).fill(401));

      const cjas = await flooded.createStaff({ house: 'CAS-AB', roles: ['CJAS_OPERATOR'] });
      const provider = await createProvider(flooded, cjas.cookie);
      const key = keyFromAgreementText(
        await pdfText((await issueKey(flooded, cjas.cookie, provider.id)).rawPayload),
      );
      const honest = await flooded.app.inject({
        method: 'POST',
        url: '/api/activation',
        remoteAddress: '10.9.8.7',
        payload: {
          licenseSerial: key,
          insuranceHouse: 'CAS-AB',
          installationId: 'desk-honest',
          reactivateCurrentDatabase: false,
        },
      });
      expect(honest.statusCode).toBe(200);

      const entries = await flooded.database.db
        .selectFrom('audit_log')
        .select(['action', 'entity_type', 'entity_id', 'insurance_house_code'])
        .where('action', 'in', ['activation.alert', 'activation.lockout'])
        .orderBy('id')
        .execute();
      expect(entries).toEqual([
        {
          action: 'activation.alert',
          entity_type: 'house',
          entity_id: 'CAS-AB',
          insurance_house_code: 'CAS-AB',
        },
        {
          action: 'activation.alert',
          entity_type: 'global',
          entity_id: 'activation',
          insurance_house_code: null,
        },
      ]);
      const warnings = log.split('\n').filter((line) => line.includes('"alert":"activation.alert"'));
      expect(warnings).toHaveLength(2);
    } finally {
      await flooded.close();
    }
  });
});
