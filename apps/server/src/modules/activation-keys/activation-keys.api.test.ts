import { normalizeLicenseKey } from '@siui/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProvider, issueKey } from '../../../test/factories';
import { keyFromAgreementText, pdfText } from '../../../test/pdf-text';
import { createTestApp, type StaffSession, type TestApp } from '../../../test/test-app';

let t: TestApp;
let operator: StaffSession;
beforeAll(async () => {
  t = await createTestApp();
  operator = await t.createStaff({ house: 'CAS-AB', roles: ['CJAS_OPERATOR'] });
});
afterAll(() => t.close());

const activate = (licenseSerial: string, insuranceHouse = 'CAS-AB') =>
  t.app.inject({
    method: 'POST',
    url: '/api/activation',
    payload: {
      licenseSerial,
      insuranceHouse,
      installationId: 'install-0001',
      reactivateCurrentDatabase: true,
    },
  });

describe('Generare parolă', () => {
  it('answers generatePassword.pdf carrying a valid key, with the provider and the house in Romanian', async () => {
    const provider = await createProvider(t, operator.cookie);
    const response = await issueKey(t, operator.cookie, provider.id);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe('attachment; filename="generatePassword.pdf"');
    expect(response.headers['cache-control']).toBe('no-store');
    const text = await pdfText(response.rawPayload);
    expect(text).toContain('CONVENȚIE DE UTILIZARE');
    expect(text).toContain('Casa de Asigurări de Sănătate Alba');
    expect(text).toContain('Cabinet Medical Dr. Ștefănescu Țurcanu SRL');
    expect(text).toContain(`${provider.fiscalCode}_CAS-AB`);
    for (const letter of ['ș', 'ț', 'ă', 'î', 'â']) expect(text).toContain(letter);
    const key = keyFromAgreementText(text);
    expect(normalizeLicenseKey(key).ok).toBe(true);
  });

  it('creates the external user <CUI>_<house> once, found by the provider code, without roles', async () => {
    const provider = await createProvider(t, operator.cookie);
    await issueKey(t, operator.cookie, provider.id);
    const users = await t.app.inject({
      url: `/api/users?providerCode=${provider.code}`,
      headers: { cookie: operator.cookie },
    });
    expect(users.json().items).toEqual([
      expect.objectContaining({
        username: `${provider.fiscalCode}_CAS-AB`,
        kind: 'external',
        roles: [],
        insuranceHouse: 'CAS-AB',
        provider: expect.objectContaining({ id: provider.id, code: provider.code }),
      }),
    ]);
    const detail = await t.app.inject({
      url: `/api/providers/${provider.id}`,
      headers: { cookie: operator.cookie },
    });
    expect(detail.json()).toMatchObject({
      keyState: 'ACTIVE',
      externalUser: { username: `${provider.fiscalCode}_CAS-AB` },
    });
    await issueKey(t, operator.cookie, provider.id, true);
    const after = await t.app.inject({
      url: `/api/users?providerCode=${provider.code}`,
      headers: { cookie: operator.cookie },
    });
    expect(after.json().total).toBe(1);
  });

  it('refuses a second generation (409) and a reset before any key (409)', async () => {
    const provider = await createProvider(t, operator.cookie);
    const reset = await issueKey(t, operator.cookie, provider.id, true);
    expect(reset.statusCode).toBe(409);
    expect(reset.json().error.code).toBe('ACTIVATION_KEY_MISSING');
    await issueKey(t, operator.cookie, provider.id);
    const again = await issueKey(t, operator.cookie, provider.id);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe(
      'Furnizorul are deja o cheie de activare. Folosiți „Resetare parolă”.',
    );
  });

  it('does not let the external user log in to the console', async () => {
    const provider = await createProvider(t, operator.cookie);
    const pdf = await issueKey(t, operator.cookie, provider.id);
    const key = keyFromAgreementText(await pdfText(pdf.rawPayload));
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: `${provider.fiscalCode}_CAS-AB`, password: key },
    });
    expect(login.statusCode).toBe(401);
    expect(login.json().error.code).toBe('INVALID_CREDENTIALS');
  });
});

describe('Resetare parolă', () => {
  it('kills the old key at once, keeps a history without the key, and audits both', async () => {
    const provider = await createProvider(t, operator.cookie);
    const first = keyFromAgreementText(
      await pdfText((await issueKey(t, operator.cookie, provider.id)).rawPayload),
    );
    expect((await activate(first)).statusCode).toBe(200);
    const second = keyFromAgreementText(
      await pdfText((await issueKey(t, operator.cookie, provider.id, true)).rawPayload),
    );
    expect(second).not.toBe(first);
    const old = await activate(first);
    expect(old.statusCode).toBe(401);
    expect(old.json().error.code).toBe('ACTIVATION_KEY_INVALID');
    expect((await activate(second)).statusCode).toBe(200);

    const history = await t.app.inject({
      url: `/api/providers/${provider.id}/activation-keys`,
      headers: { cookie: operator.cookie },
    });
    expect(history.json()).toEqual([
      expect.objectContaining({ generation: 2, action: 'RESET', current: true, by: operator.username }),
      expect.objectContaining({
        generation: 1,
        action: 'GENERATED',
        current: false,
        revokedBy: operator.username,
      }),
    ]);
    expect(JSON.stringify(history.json())).not.toContain(first);
    const audit = await t.app.inject({
      url: `/api/audit?entityId=${provider.id}`,
      headers: { cookie: await t.loginAdmin() },
    });
    const actions = audit.json().items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['activation-key.generate', 'activation-key.reset']));
    expect(JSON.stringify(audit.json())).not.toContain(second);
  });

  it('never stores the key in clear', async () => {
    const provider = await createProvider(t, operator.cookie);
    const key = keyFromAgreementText(
      await pdfText((await issueKey(t, operator.cookie, provider.id)).rawPayload),
    );
    const rows = await t.database.db.selectFrom('activation_keys').selectAll().execute();
    const dump = JSON.stringify(rows);
    expect(dump).not.toContain(key);
    expect(dump).not.toContain(key.replaceAll('-', ''));
  });

  it('is refused to staff without the right', async () => {
    const viewer = await t.createStaff({ house: 'CAS-AB', roles: [] });
    const provider = await createProvider(t, operator.cookie);
    const response = await issueKey(t, viewer.cookie, provider.id);
    expect(response.statusCode).toBe(403);
  });
});
