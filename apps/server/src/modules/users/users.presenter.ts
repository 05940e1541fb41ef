import type { User } from '@siui/core';
import type { UserRow } from '../../db/schema';

export interface ProviderRef {
  id: string;
  code: string;
  name: string;
}

export function toUser(row: UserRow, roles: string[], provider: ProviderRef | null = null): User {
  return {
    id: row.id,
    username: row.username,
    kind: row.kind,
    fullName: row.full_name,
    insuranceHouse: row.insurance_house_code,
    active: row.active,
    roles,
    provider,
    lastLoginAt: row.last_login_at ? new Date(row.last_login_at).toISOString() : null,
    createdAt: new Date(row.created_at).toISOString(),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

/** What the audit trail keeps of a user: never the password hash. */
export function auditViewOfUser(row: UserRow, roles: string[]) {
  return {
    username: row.username,
    kind: row.kind,
    fullName: row.full_name,
    insuranceHouse: row.insurance_house_code,
    active: row.active,
    roles,
  };
}
