import {
  type CreateProviderBody,
  foldForSearch,
  type Page,
  type Provider,
  type ProvidersQuery,
  type UpdateProviderBody,
} from '@siui/core';
import type { Kysely } from 'kysely';
import { isUniqueViolation } from '../../db/database-errors';
import type { Executor } from '../../db/executor';
import type { DB, ProviderRow } from '../../db/schema';
import { AppError } from '../../http/app-error';
import { type AuditActor, recordAudit } from '../audit/audit.service';
import { assertCanSeeHouse, countyHouseForNewRecord, houseFilterFor } from '../auth/policy';
import type { StaffPrincipal } from '../auth/principal';
import { auditViewOfProvider, toProvider } from './providers.presenter';
import {
  findProviderByCode,
  findProviderByFiscalCode,
  findProviderById,
  insertProvider,
  listProviders,
  type ProviderWithKey,
  updateProvider,
} from './providers.repository';

export const providerNotFound = () => new AppError('PROVIDER_NOT_FOUND');

export class ProvidersService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async list(principal: StaffPrincipal, query: ProvidersQuery): Promise<Page<Provider>> {
    const houseCode = houseFilterFor(principal, query.insuranceHouse);
    const { rows, total } = await listProviders(this.db, { ...query, houseCode });
    return { items: rows.map(toProvider), total, page: query.page, pageSize: query.pageSize };
  }

  async get(principal: StaffPrincipal, id: string): Promise<Provider> {
    return toProvider(await loadVisibleProvider(this.db, principal, id));
  }

  async create(principal: StaffPrincipal, body: CreateProviderBody, actor: AuditActor): Promise<Provider> {
    const houseCode = countyHouseForNewRecord(principal, body.insuranceHouse);
    const now = this.clock();
    return this.mapConflicts(body, () =>
      this.db.transaction().execute(async (trx) => {
        await assertHouseExists(trx, houseCode);
        await assertUnique(trx, houseCode, body);
        const row = await insertProvider(trx, {
          insurance_house_code: houseCode,
          ...columnsOf(body),
          code: body.code,
          name: body.name,
          name_search: foldForSearch(body.name),
          fiscal_code: body.fiscalCode,
          category: body.category,
          contract_number: body.contractNumber,
          contract_start: body.contractStart,
          contract_end: body.contractEnd,
          active: body.active ?? true,
          created_at: now,
          updated_at: now,
        });
        await recordAudit(trx, actor, {
          action: 'provider.create',
          entityType: 'provider',
          entityId: row.id,
          houseCode,
          after: auditViewOfProvider(row),
        });
        return toProvider({ ...row, has_key: false, external_user_id: null, external_username: null });
      }),
    );
  }

  async update(
    principal: StaffPrincipal,
    id: string,
    body: UpdateProviderBody,
    actor: AuditActor,
  ): Promise<Provider> {
    const now = this.clock();
    return this.mapConflicts(body, () =>
      this.db.transaction().execute(async (trx) => {
        const before = await loadVisibleProvider(trx, principal, id);
        const merged = { ...body, contractStart: body.contractStart ?? before.contract_start };
        if ((body.contractEnd ?? before.contract_end) < merged.contractStart) {
          throw new AppError('VALIDATION_FAILED', {
            fields: {
              contractEnd: { ro: 'înaintea începutului contractului', en: 'before the contract start' },
            },
          });
        }
        if (
          body.fiscalCode !== undefined &&
          body.fiscalCode !== before.fiscal_code &&
          before.external_username
        ) {
          throw new AppError('PROVIDER_FISCAL_CODE_LOCKED', {
            params: { username: before.external_username },
          });
        }
        await assertUnique(trx, before.insurance_house_code, body, id);
        const row = await updateProvider(trx, id, {
          ...columnsOf(body),
          ...(body.code !== undefined ? { code: body.code } : {}),
          ...(body.name !== undefined ? { name: body.name, name_search: foldForSearch(body.name) } : {}),
          ...(body.fiscalCode !== undefined ? { fiscal_code: body.fiscalCode } : {}),
          ...(body.category !== undefined ? { category: body.category } : {}),
          ...(body.contractNumber !== undefined ? { contract_number: body.contractNumber } : {}),
          ...(body.contractStart !== undefined ? { contract_start: body.contractStart } : {}),
          ...(body.contractEnd !== undefined ? { contract_end: body.contractEnd } : {}),
          ...(body.active !== undefined ? { active: body.active } : {}),
          updated_at: now,
        });
        await recordAudit(trx, actor, {
          action: 'provider.update',
          entityType: 'provider',
          entityId: id,
          houseCode: row.insurance_house_code,
          before: auditViewOfProvider(before),
          after: auditViewOfProvider(row),
        });
        return toProvider({ ...before, ...row });
      }),
    );
  }

  /** Two requests racing past the checks still meet the unique indexes; say which one. */
  private async mapConflicts<T>(
    body: { code?: string | undefined; fiscalCode?: string | undefined },
    work: () => Promise<T>,
  ): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isUniqueViolation(error, 'providers_house_code_key')) {
        throw new AppError('PROVIDER_CODE_TAKEN', { params: { code: body.code ?? '' } });
      }
      if (isUniqueViolation(error, 'providers_house_fiscal_key')) {
        throw new AppError('PROVIDER_FISCAL_CODE_TAKEN', {
          params: { fiscalCode: body.fiscalCode ?? '', code: '?' },
        });
      }
      throw error;
    }
  }
}

/** The provider, if the caller's house scope lets it be seen; otherwise "not found". */
export async function loadVisibleProvider(
  db: Executor,
  principal: StaffPrincipal,
  id: string,
): Promise<ProviderWithKey> {
  const row = await findProviderById(db, id);
  if (!row) throw providerNotFound();
  assertCanSeeHouse(principal, row.insurance_house_code, providerNotFound());
  return row;
}

function columnsOf(body: UpdateProviderBody) {
  return {
    ...(body.registrationNumber !== undefined ? { registration_number: body.registrationNumber } : {}),
    ...(body.address !== undefined ? { address: body.address } : {}),
    ...(body.legalRepresentative !== undefined ? { legal_representative: body.legalRepresentative } : {}),
    ...(body.email !== undefined ? { email: body.email } : {}),
    ...(body.phone !== undefined ? { phone: body.phone } : {}),
  };
}

async function assertHouseExists(db: Executor, code: string): Promise<void> {
  const house = await db
    .selectFrom('insurance_houses')
    .select('code')
    .where('code', '=', code)
    .executeTakeFirst();
  if (!house) throw new AppError('UNKNOWN_INSURANCE_HOUSE', { params: { code } });
}

export async function assertUnique(
  db: Executor,
  houseCode: string,
  body: { code?: string | undefined; fiscalCode?: string | undefined },
  exceptId?: string,
): Promise<void> {
  if (body.code !== undefined) {
    const sameCode = await findProviderByCode(db, houseCode, body.code);
    if (sameCode && sameCode.id !== exceptId)
      throw new AppError('PROVIDER_CODE_TAKEN', { params: { code: body.code } });
  }
  if (body.fiscalCode !== undefined) {
    const sameCui: ProviderRow | undefined = await findProviderByFiscalCode(db, houseCode, body.fiscalCode);
    if (sameCui && sameCui.id !== exceptId) {
      throw new AppError('PROVIDER_FISCAL_CODE_TAKEN', {
        params: { fiscalCode: body.fiscalCode, code: sameCui.code },
      });
    }
  }
}
