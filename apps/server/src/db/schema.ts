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

export interface ProvidersTable {
  id: Generated<string>;
  insurance_house_code: string;
  code: string;
  name: string;
  /** The name folded for search (no diacritics, lower case): `Stefan` finds `Ștefan`. */
  name_search: string;
  fiscal_code: string;
  category: string;
  registration_number: string | null;
  address: string | null;
  legal_representative: string | null;
  email: string | null;
  phone: string | null;
  contract_number: string;
  /** `date` columns are read as text (YYYY-MM-DD) by both drivers; see database.ts. */
  contract_start: string;
  contract_end: string;
  active: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ActivationKeysTable {
  id: Generated<string>;
  provider_id: string;
  generation: number;
  key_hash: string;
  created_at: Date;
  created_by: string | null;
  revoked_at: Date | null;
  revoked_by: string | null;
}

export interface InstallationsTable {
  id: Generated<string>;
  provider_id: string;
  activation_key_id: string;
  installation_id: string;
  reactivate_current_database: boolean;
  client_ip: string | null;
  activated_at: Date;
}

export interface OcspLogTable {
  id: Generated<number>;
  at: Date;
  insurance_house_code: string | null;
  provider_id: string | null;
  provider_code: string | null;
  external_user_id: string | null;
  external_username: string | null;
  certificate_serial: string | null;
  issuing_authority_id: string | null;
  operation: string;
  result: 'ALLOWED' | 'REFUSED';
  reason_code: string | null;
  client_ip: string | null;
  details: Json;
  /** Position in the tamper-evident chain, set by the sealer shortly after the row is written. */
  seal_seq: ColumnType<number | null, undefined, number | null>;
  prev_hash: ColumnType<string | null, undefined, string | null>;
  hash: ColumnType<string | null, undefined, string | null>;
}

export interface IssuingAuthoritiesTable {
  id: Generated<string>;
  name: string;
  subject_dn: string;
  issuer_dn: string;
  serial_number: string;
  subject_key_identifier: string | null;
  sha256_fingerprint: string;
  not_before: Date;
  not_after: Date;
  ocsp_url: string | null;
  crl_url: string | null;
  ocsp_policy: 'HARD_FAIL' | 'SOFT_FAIL';
  certificate_der: Uint8Array;
  name_hash_sha1: string;
  key_hash_sha1: string;
  name_hash_sha256: string;
  key_hash_sha256: string;
  active: Generated<boolean>;
  created_at: Timestamp;
  created_by: string | null;
  updated_at: Timestamp;
}

export interface UserCertificatesTable {
  id: Generated<string>;
  insurance_house_code: string;
  user_id: string;
  issuing_authority_id: string;
  serial_number: string;
  subject_dn: string | null;
  not_before: Date | null;
  not_after: Date | null;
  sha256_fingerprint: string | null;
  certificate_der: Uint8Array | null;
  notes: string | null;
  suspended: Generated<boolean>;
  suspended_at: Date | null;
  created_at: Timestamp;
  created_by: string | null;
  updated_at: Timestamp;
}

export interface CertificateSuspensionsTable {
  id: Generated<number>;
  user_certificate_id: string;
  suspended: boolean;
  reason: string | null;
  at: Date;
  by_user_id: string | null;
}

export interface OnlineSessionsTable {
  id: string;
  insurance_house_code: string;
  user_id: string;
  provider_id: string;
  user_certificate_id: string;
  activation_key_id: string;
  certificate_fingerprint: string;
  certificate_serial: string;
  client_ip: string | null;
  created_at: Date;
  expires_at: Date;
  closed_at: Date | null;
  closed_reason: string | null;
}

export interface ServicesTable {
  category: string;
  code: string;
  name: string;
  active: Generated<boolean>;
}

export interface ReportsTable {
  id: Generated<string>;
  insurance_house_code: string;
  provider_id: string;
  user_id: string;
  idempotency_key: string;
  type: string;
  period: string;
  state: 'VALID' | 'PARTIALLY_VALID' | 'INVALID';
  line_count: number;
  accepted_lines: number;
  messages: Json;
  lines: Json;
  certificate_serial: string | null;
  client_ip: string | null;
  received_at: Date;
}

export interface IntegrityChecksTable {
  id: Generated<number>;
  at: Date;
  scope: 'audit' | 'ocsp-log';
  intact: boolean;
  checked: number;
  broken_at: number | null;
  reason: string | null;
  unsealed: number | null;
  duration_ms: number;
  trigger: string;
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
  providers: ProvidersTable;
  activation_keys: ActivationKeysTable;
  installations: InstallationsTable;
  ocsp_log: OcspLogTable;
  issuing_authorities: IssuingAuthoritiesTable;
  user_certificates: UserCertificatesTable;
  certificate_suspensions: CertificateSuspensionsTable;
  online_sessions: OnlineSessionsTable;
  services: ServicesTable;
  reports: ReportsTable;
  integrity_checks: IntegrityChecksTable;
}

export type IssuingAuthorityRow = Selectable<IssuingAuthoritiesTable>;
export type UserCertificateRow = Selectable<UserCertificatesTable>;

export type ProviderRow = Selectable<ProvidersTable>;
export type NewProvider = Insertable<ProvidersTable>;
export type ProviderUpdate = Updateable<ProvidersTable>;

export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type AuditRow = Selectable<AuditLogTable>;
export type SessionRow = Selectable<StaffSessionsTable>;
