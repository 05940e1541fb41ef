import { type Kysely, sql } from 'kysely';

// Providers (Persoane juridice), their activation keys (only as keyed hashes), the desktop
// installations activated with them, and the log of online operations (Log OCSP) that the
// provider-facing services write to.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create extension if not exists pg_trgm`.execute(db);

  await db.schema
    .createTable('providers')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('insurance_house_code', 'text', (c) => c.notNull().references('insurance_houses.code'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_search', 'text', (c) => c.notNull())
    .addColumn('fiscal_code', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('registration_number', 'text')
    .addColumn('address', 'text')
    .addColumn('legal_representative', 'text')
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('contract_number', 'text', (c) => c.notNull())
    .addColumn('contract_start', 'date', (c) => c.notNull())
    .addColumn('contract_end', 'date', (c) => c.notNull())
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create unique index providers_house_code_key on providers (insurance_house_code, lower(code))`.execute(
    db,
  );
  // The external user is <CUI>_<house>, so a CUI appears once per house.
  await sql`create unique index providers_house_fiscal_key on providers (insurance_house_code, fiscal_code)`.execute(
    db,
  );
  await sql`create index providers_name_trgm_idx on providers using gin (name_search gin_trgm_ops)`.execute(
    db,
  );
  await sql`create index providers_house_name_idx on providers (insurance_house_code, name_search)`.execute(
    db,
  );
  await sql`create index providers_house_category_idx on providers (insurance_house_code, category, code)`.execute(
    db,
  );
  await sql`create index providers_fiscal_idx on providers (fiscal_code)`.execute(db);

  await sql`alter table users add constraint users_provider_fk foreign key (provider_id) references providers (id)`.execute(
    db,
  );
  await sql`create unique index users_provider_key on users (provider_id) where provider_id is not null`.execute(
    db,
  );

  await db.schema
    .createTable('activation_keys')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('provider_id', 'uuid', (c) => c.notNull().references('providers.id'))
    .addColumn('generation', 'integer', (c) => c.notNull())
    .addColumn('key_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('created_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('revoked_by', 'uuid', (c) => c.references('users.id'))
    .execute();
  await sql`create unique index activation_keys_current_key on activation_keys (provider_id) where revoked_at is null`.execute(
    db,
  );
  await sql`create unique index activation_keys_generation_key on activation_keys (provider_id, generation)`.execute(
    db,
  );

  await db.schema
    .createTable('installations')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('provider_id', 'uuid', (c) => c.notNull().references('providers.id'))
    .addColumn('activation_key_id', 'uuid', (c) => c.notNull().references('activation_keys.id'))
    .addColumn('installation_id', 'text', (c) => c.notNull())
    .addColumn('reactivate_current_database', 'boolean', (c) => c.notNull())
    .addColumn('client_ip', 'text')
    .addColumn('activated_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await sql`create index installations_provider_idx on installations (provider_id, activated_at desc)`.execute(
    db,
  );

  await db.schema
    .createTable('ocsp_log')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('insurance_house_code', 'text')
    .addColumn('provider_id', 'uuid')
    .addColumn('provider_code', 'text')
    .addColumn('external_user_id', 'uuid')
    .addColumn('external_username', 'text')
    .addColumn('certificate_serial', 'text')
    .addColumn('issuing_authority_id', 'uuid')
    .addColumn('operation', 'text', (c) => c.notNull())
    .addColumn('result', 'text', (c) => c.notNull().check(sql`result in ('ALLOWED', 'REFUSED')`))
    .addColumn('reason_code', 'text')
    .addColumn('client_ip', 'text')
    .addColumn('details', 'jsonb')
    .execute();
  // Every console filter starts from the house and reads newest first (keyset on id).
  await sql`create index ocsp_log_house_idx on ocsp_log (insurance_house_code, id desc)`.execute(db);
  await sql`create index ocsp_log_house_provider_idx on ocsp_log (insurance_house_code, provider_code, id desc)`.execute(
    db,
  );
  await sql`create index ocsp_log_house_user_idx on ocsp_log (insurance_house_code, external_username, id desc)`.execute(
    db,
  );
  await sql`create index ocsp_log_house_at_idx on ocsp_log (insurance_house_code, at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('ocsp_log').ifExists().execute();
  await db.schema.dropTable('installations').ifExists().execute();
  await db.schema.dropTable('activation_keys').ifExists().execute();
  await sql`alter table users drop constraint if exists users_provider_fk`.execute(db);
  await sql`drop index if exists users_provider_key`.execute(db);
  await db.schema.dropTable('providers').ifExists().execute();
}
