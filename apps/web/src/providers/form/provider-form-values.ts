import {
  type CreateProviderBody,
  createProviderBodySchema,
  type Provider,
  type ProviderCategory,
  type UpdateProviderBody,
  updateProviderBodySchema,
} from '@siui/core';

/** What the provider form holds: texts as typed, dates as `YYYY-MM-DD`, blank optional texts as ''. */
export interface ProviderFormValues {
  insuranceHouse?: string;
  code: string;
  name: string;
  fiscalCode: string;
  category?: ProviderCategory;
  registrationNumber?: string;
  address?: string;
  legalRepresentative?: string;
  email?: string;
  phone?: string;
  contractNumber: string;
  contractStart?: string;
  contractEnd?: string;
  active: boolean;
}

export type ProviderFormField = keyof ProviderFormValues;

export const PROVIDER_FORM_FIELDS: readonly ProviderFormField[] = [
  'insuranceHouse',
  'code',
  'name',
  'fiscalCode',
  'category',
  'registrationNumber',
  'address',
  'legalRepresentative',
  'email',
  'phone',
  'contractNumber',
  'contractStart',
  'contractEnd',
  'active',
];

export const NEW_PROVIDER_VALUES: Partial<ProviderFormValues> = { active: true };

export function formValuesOf(provider: Provider): ProviderFormValues {
  return {
    code: provider.code,
    name: provider.name,
    fiscalCode: provider.fiscalCode,
    category: provider.category,
    registrationNumber: provider.registrationNumber ?? '',
    address: provider.address ?? '',
    legalRepresentative: provider.legalRepresentative ?? '',
    email: provider.email ?? '',
    phone: provider.phone ?? '',
    contractNumber: provider.contractNumber,
    contractStart: provider.contractStart,
    contractEnd: provider.contractEnd,
    active: provider.active,
  };
}

type Parsed<T> = { success: true; data: T } | { success: false; fields: ProviderFormField[] };

function fieldsAtFault(issues: readonly { path: readonly PropertyKey[] }[]): ProviderFormField[] {
  return issues.flatMap(({ path }) => PROVIDER_FORM_FIELDS.filter((field) => field === path[0]));
}

/**
 * The body of `POST /api/providers`, parsed by the API's own schema (which also normalises it:
 * CUI without `RO`, ș/ț with comma below, blank optional texts as `null`).
 */
export function createBodyOf(values: ProviderFormValues): Parsed<CreateProviderBody> {
  const parsed = createProviderBodySchema.safeParse(values);
  return parsed.success ? parsed : { success: false, fields: fieldsAtFault(parsed.error.issues) };
}

/** The body of `PATCH /api/providers/{id}`; the CUI is left out when it is locked. */
export function updateBodyOf(
  values: ProviderFormValues,
  fiscalCodeLocked: boolean,
): Parsed<UpdateProviderBody> {
  const { insuranceHouse: _house, fiscalCode, ...rest } = values;
  const parsed = updateProviderBodySchema.safeParse(fiscalCodeLocked ? rest : { ...rest, fiscalCode });
  return parsed.success ? parsed : { success: false, fields: fieldsAtFault(parsed.error.issues) };
}
