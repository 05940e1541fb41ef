import type { Provider, ProviderCategory } from '@siui/core';
import type { ProviderRow } from '../../db/schema';
import type { ProviderWithKey } from './providers.repository';

export function toProvider(row: ProviderWithKey): Provider {
  return {
    id: row.id,
    insuranceHouse: row.insurance_house_code,
    code: row.code,
    name: row.name,
    fiscalCode: row.fiscal_code,
    category: row.category as ProviderCategory,
    registrationNumber: row.registration_number,
    address: row.address,
    legalRepresentative: row.legal_representative,
    email: row.email,
    phone: row.phone,
    contractNumber: row.contract_number,
    contractStart: row.contract_start,
    contractEnd: row.contract_end,
    active: row.active,
    keyState: row.has_key ? 'ACTIVE' : 'NONE',
    externalUser:
      row.external_user_id && row.external_username
        ? { id: row.external_user_id, username: row.external_username }
        : null,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

/** What the audit trail keeps of a provider. */
export function auditViewOfProvider(row: ProviderRow) {
  return {
    code: row.code,
    name: row.name,
    fiscalCode: row.fiscal_code,
    category: row.category,
    registrationNumber: row.registration_number,
    address: row.address,
    legalRepresentative: row.legal_representative,
    email: row.email,
    phone: row.phone,
    contractNumber: row.contract_number,
    contractStart: row.contract_start,
    contractEnd: row.contract_end,
    active: row.active,
  };
}
