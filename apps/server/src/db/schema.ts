import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

// Kysely's view of the tables. Column types follow what both drivers (pg and PGlite) return
// after the type parsers set in database.ts: timestamptz → Date, int8 → number, jsonb → value.

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string | null, string | null>;

export interface InsuranceHousesTable {
  code: string;
  name: string;
  county_code: string | null;
  cnp_county: string | null;
  is_national: boolean;
  /** Order of the reference list: CNAS, the counties alphabetically, Bucharest, CASAOPSNAJ. */
  position: number;
}

export interface RightsTable {
  code: string;
}

export interface RolesTable {
  code: string;
  name: string;
  name_en: string;
  system: boolean;
  cnas_only: boolean;
  created_at: Timestamp;
}

export interface RoleRightsTable {
  role_code: string;
  right_code: string;
}

export interface UsersTable {
  id: Generated<string>;
  username: string;
  kind: 'internal' | 'external';
  full_name: string;
  insurance_house_code: string;
  password_hash: string | null;
  active: Generated<boolean>;
  provider_id: string | null;
  last_login_at: Date | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface UserRolesTable {
  user_id: string;
  role_code: string;
}

export interface StaffSessionsTable {
  id: string;
  user_id: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  client_ip: string | null;
  user_agent: string | null;
}

export interface RateLimitsTable {
  key: string;
  window_started_at: Timestamp;
  count: number;
  blocked_until: Date | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Timestamp;
  actor_user_id: string | null;
  actor_username: string | null;
  insurance_house_code: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: Json;
  after: Json;
  client_ip: string | null;
  prev_hash: string;
  hash: string;
}

export interface DB {
  insurance_houses: InsuranceHousesTable;
  rights: RightsTable;
  roles: RolesTable;
  role_rights: RoleRightsTable;
  users: UsersTable;
  user_roles: UserRolesTable;
  staff_sessions: StaffSessionsTable;
  rate_limits: RateLimitsTable;
  audit_log: AuditLogTable;
}

export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type AuditRow = Selectable<AuditLogTable>;
export type SessionRow = Selectable<StaffSessionsTable>;
