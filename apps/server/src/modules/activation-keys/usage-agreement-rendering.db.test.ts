import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProvider } from '../../../test/factories';
import { keyFromAgreementText, pdfText } from '../../../test/pdf-text';
import { createTestApp, type StaffSession, type TestApp } from '../../../test/test-app';
import { AppError } from '../../http/app-error';
import { recordAudit } from '../audit/audit.service';
import type { StaffPrincipal } from '../auth/principal';
import { ActivationKeysService } from './activation-keys.service';
import { renderUsageAgreement, type UsageAgreement } from './generate-password-pdf';
import { KeyHasher } from './key-hasher';

// The usage agreement is rendered before the key's transaction: while pdfkit works, the audit
// chain's lock is free for every other house's changes, and what the PDF prints is re-checked
// under the provider's lock before the key is committed.

let t: TestApp;
let operator: StaffSession;
beforeAll(async () => {
  t = await createTestApp();
  operator = await t.createStaff({ house: 'CAS-AB', roles: ['CJAS_OPERATOR'] });
});
afterAll(() => t.close());

const actor = { userId: null, username: 'test', clientIp: '127.0.0.1' };

function principalOf(session: StaffSession): StaffPrincipal {
  return {
    userId: session.id,
    username: session.username,
    fullName: 'Operator Test',
    houseCode: 'CAS-AB',
    houseName: 'Casa de Asigurări de Sănătate Alba',
    scope: 'HOUSE',
    roles: ['CJAS_OPERATOR'],
    rights: new Set(),
    sessionId: 'test',
    sessionExpiresAt: new Date(Date.now() + 60_000),
  };
}

function keysService(render: (agreement: UsageAgreement) => Promise<Buffer>) {
  return new ActivationKeysService(
    t.database.db,
    new KeyHasher(Buffer.from('test-secret')),
    undefined,
    render,
  );
}

async function renameProvider(id: string, name: string) {
  const response = await t.app.inject({
    method: 'PATCH',
    url: `/api/providers/${id}`,
    headers: { cookie: operator.cookie },
    payload: { name },
  });
  expect(response.statusCode).toBe(200);
}

async function keyGenerations(providerId: string): Promise<number[]> {
  const rows = await t.database.db
    .selectFrom('activation_keys')
    .select('generation')
    .where('provider_id', '=', providerId)
    .execute();
  return rows.map((row) => row.generation);
}

describe('Generare parolă: the PDF is rendered outside the key transaction', () => {
  it('lets another audited change commit while the usage agreement renders', async () => {
    const provider = await createProvider(t, operator.cookie);
    let duringRender = 'not rendered';
    const service = keysService(async (agreement) => {
      // Inside the key's transaction this write would wait on the audit chain's lock until the
      // PDF was done, i.e. forever here; the race names that outcome instead of hanging.
      const write = t.database.db
        .transaction()
        .execute((trx) =>
          recordAudit(trx, actor, { action: 'test.during-render', entityType: 'test', houseCode: null }),
        )
        .then(() => 'written');
      const blocked = new Promise<string>((resolve) => setTimeout(() => resolve('blocked'), 5_000).unref());
      duringRender = await Promise.race([write, blocked]);
      return renderUsageAgreement(agreement);
    });
    const issued = await service.issue(principalOf(operator), provider.id, 'generate', actor);
    expect(duringRender).toBe('written');
    expect(keyFromAgreementText(await pdfText(issued.pdf))).toBe(issued.key);
    expect(await keyGenerations(provider.id)).toEqual([1]);
  });

  it('prints what is committed: a provider renamed during rendering gets a PDF with the new name', async () => {
    const provider = await createProvider(t, operator.cookie);
    const rendered: string[] = [];
    const service = keysService(async (agreement) => {
      rendered.push(agreement.provider.name);
      if (rendered.length === 1)
        await renameProvider(provider.id, 'Cabinet Redenumit în Timpul Generării SRL');
      return renderUsageAgreement(agreement);
    });
    const issued = await service.issue(principalOf(operator), provider.id, 'generate', actor);
    expect(rendered).toHaveLength(2);
    const text = await pdfText(issued.pdf);
    expect(text).toContain('Cabinet Redenumit în Timpul Generării SRL');
    expect(keyFromAgreementText(text)).toBe(issued.key);
    expect(await keyGenerations(provider.id)).toEqual([1]);
  });

  it('commits no key when the provider keeps changing, and says to try again', async () => {
    const provider = await createProvider(t, operator.cookie);
    let renders = 0;
    const service = keysService(async (agreement) => {
      renders += 1;
      await renameProvider(provider.id, `Cabinet Schimbat ${renders} SRL`);
      return renderUsageAgreement(agreement);
    });
    const refusal = await service
      .issue(principalOf(operator), provider.id, 'generate', actor)
      .catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).code).toBe('ACTIVATION_KEY_BUSY');
    expect(renders).toBe(3);
    expect(await keyGenerations(provider.id)).toEqual([]);
  });

  it('never issues two keys for two generations racing on the same provider', async () => {
    const provider = await createProvider(t, operator.cookie);
    const service = keysService(renderUsageAgreement);
    const outcomes = await Promise.allSettled([
      service.issue(principalOf(operator), provider.id, 'generate', actor),
      service.issue(principalOf(operator), provider.id, 'generate', actor),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    const failures = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason] : []));
    expect(failures.map((reason: AppError) => reason.code)).toEqual(['ACTIVATION_KEY_EXISTS']);
    expect(await keyGenerations(provider.id)).toEqual([1]);
  });
});
