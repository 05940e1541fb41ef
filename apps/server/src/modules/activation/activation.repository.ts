import type { Executor } from '../../db/executor';

export async function providerIdentity(db: Executor, providerId: string) {
  return db
    .selectFrom('providers as p')
    .leftJoin('users as u', 'u.provider_id', 'p.id')
    .select([
      'p.id as providerId',
      'p.insurance_house_code as houseCode',
      'p.code',
      'p.name',
      'p.fiscal_code as fiscalCode',
      'p.category',
      'p.contract_number as contractNumber',
      'p.contract_start as contractStart',
      'p.contract_end as contractEnd',
      'p.active',
      'u.id as externalUserId',
      'u.username as externalUsername',
    ])
    .where('p.id', '=', providerId)
    .executeTakeFirstOrThrow();
}

export async function insertInstallation(
  db: Executor,
  installation: {
    providerId: string;
    activationKeyId: string;
    installationId: string;
    reactivate: boolean;
    clientIp: string | null;
    at: Date;
  },
): Promise<void> {
  await db
    .insertInto('installations')
    .values({
      provider_id: installation.providerId,
      activation_key_id: installation.activationKeyId,
      installation_id: installation.installationId,
      reactivate_current_database: installation.reactivate,
      client_ip: installation.clientIp,
      activated_at: installation.at,
    })
    .execute();
}

export async function listInstallations(db: Executor, providerId: string) {
  return db
    .selectFrom('installations as i')
    .innerJoin('activation_keys as k', 'k.id', 'i.activation_key_id')
    .select([
      'i.installation_id as installationId',
      'i.activated_at as activatedAt',
      'i.client_ip as clientIp',
      'i.reactivate_current_database as reactivateCurrentDatabase',
      'k.generation as keyGeneration',
    ])
    .where('i.provider_id', '=', providerId)
    .orderBy('i.activated_at', 'desc')
    .limit(100)
    .execute();
}
