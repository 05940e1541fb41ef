import { type Kysely, sql } from 'kysely';

// Houses, rights, roles, users (internal and external), staff sessions, throttling counters and the
// hash-chained audit trail. Reference rows (houses, rights, system roles) are upserted at every
// start by reference-data.ts, so they follow the code.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('insurance_houses')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('county_code', 'text')
    .addColumn('cnp_county', 'text')
    .addColumn('is_national', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('rights')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .execute();

  await db.schema
    .createTable('roles')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('system', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('cnas_only', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('role_rights')
    .addColumn('role_code', 'text', (c) => c.notNull().references('roles.code').onDelete('cascade'))
    .addColumn('right_code', 'text', (c) => c.notNull().references('rights.code').onDelete('cascade'))
    .addPrimaryKeyConstraint('role_rights_pk', ['role_code', 'right_code'])
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('username', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('internal', 'external')`))
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('insurance_house_code', 'text', (c) => c.notNull().references('insurance_houses.code'))
    .addColumn('password_hash', 'text')
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('provider_id', 'uuid')
    .addColumn('last_login_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create unique index users_username_key on users (lower(username))`.execute(db);
  await db.schema
    .createIndex('users_house_kind_idx')
    .on('users')
    .columns(['insurance_house_code', 'kind', 'username'])
    .execute();

  await db.schema
    .createTable('user_roles')
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('role_code', 'text', (c) => c.notNull().references('roles.code'))
    .addPrimaryKeyConstraint('user_roles_pk', ['user_id', 'role_code'])
    .execute();
  await db.schema.createIndex('user_roles_role_idx').on('user_roles').column('role_code').execute();

  await db.schema
    .createTable('staff_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('last_seen_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('client_ip', 'text')
    .addColumn('user_agent', 'text')
    .execute();
  await db.schema.createIndex('staff_sessions_user_idx').on('staff_sessions').column('user_id').execute();
  await db.schema
    .createIndex('staff_sessions_expiry_idx')
    .on('staff_sessions')
    .column('expires_at')
    .execute();

  await db.schema
    .createTable('rate_limits')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('window_started_at', 'timestamptz', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('blocked_until', 'timestamptz')
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('actor_user_id', 'uuid')
    .addColumn('actor_username', 'text')
    .addColumn('insurance_house_code', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text')
    .addColumn('before', 'jsonb')
    .addColumn('after', 'jsonb')
    .addColumn('client_ip', 'text')
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await sql`create index audit_log_house_idx on audit_log (insurance_house_code, id desc)`.execute(db);
  await sql`create index audit_log_entity_idx on audit_log (entity_type, entity_id, id desc)`.execute(db);
  await sql`create index audit_log_action_idx on audit_log (action, id desc)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'audit_log',
    'rate_limits',
    'staff_sessions',
    'user_roles',
    'users',
    'role_rights',
    'roles',
    'rights',
    'insurance_houses',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
