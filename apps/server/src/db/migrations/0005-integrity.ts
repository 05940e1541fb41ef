import { type Kysely, sql } from 'kysely';

// Tamper evidence for the Log OCSP: rows are written plainly on the hot path and sealed into a hash
// chain moments later by one sealer (seal_seq gives the chain's order). The results of the
// integrity checks (audit trail and Log OCSP) are kept for CNAS administrators.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table ocsp_log add column seal_seq bigint, add column prev_hash text, add column hash text`.execute(
    db,
  );
  await sql`create unique index ocsp_log_seal_idx on ocsp_log (seal_seq)`.execute(db);
  await sql`create index ocsp_log_unsealed_idx on ocsp_log (id) where seal_seq is null`.execute(db);

  await db.schema
    .createTable('integrity_checks')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull().check(sql`scope in ('audit', 'ocsp-log')`))
    .addColumn('intact', 'boolean', (c) => c.notNull())
    .addColumn('checked', 'integer', (c) => c.notNull())
    .addColumn('broken_at', 'bigint')
    .addColumn('reason', 'text')
    .addColumn('unsealed', 'integer')
    .addColumn('duration_ms', 'integer', (c) => c.notNull())
    .addColumn('trigger', 'text', (c) => c.notNull())
    .execute();
  await sql`create index integrity_checks_scope_idx on integrity_checks (scope, id desc)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('integrity_checks').ifExists().execute();
  await sql`drop index if exists ocsp_log_unsealed_idx`.execute(db);
  await sql`drop index if exists ocsp_log_seal_idx`.execute(db);
  await sql`alter table ocsp_log drop column if exists seal_seq, drop column if exists prev_hash, drop column if exists hash`.execute(
    db,
  );
}
