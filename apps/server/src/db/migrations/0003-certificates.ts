import { type Kysely, sql } from 'kysely';

// Issuing authorities (the CAs whose certificates are accepted, kept by CNAS), the providers'
// user certificates registered by each house, and the history of their suspensions.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('issuing_authorities')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('subject_dn', 'text', (c) => c.notNull())
    .addColumn('issuer_dn', 'text', (c) => c.notNull())
    .addColumn('serial_number', 'text', (c) => c.notNull())
    .addColumn('subject_key_identifier', 'text')
    .addColumn('sha256_fingerprint', 'text', (c) => c.notNull().unique())
    .addColumn('not_before', 'timestamptz', (c) => c.notNull())
    .addColumn('not_after', 'timestamptz', (c) => c.notNull())
    .addColumn('ocsp_url', 'text')
    .addColumn('crl_url', 'text')
    .addColumn('ocsp_policy', 'text', (c) =>
      c.notNull().defaultTo('HARD_FAIL').check(sql`ocsp_policy in ('HARD_FAIL', 'SOFT_FAIL')`),
    )
    .addColumn('certificate_der', 'bytea', (c) => c.notNull())
    // CertID hashes (RFC 6960 §4.1.1) so the responder finds the authority of a request at once.
    .addColumn('name_hash_sha1', 'text', (c) => c.notNull())
    .addColumn('key_hash_sha1', 'text', (c) => c.notNull())
    .addColumn('name_hash_sha256', 'text', (c) => c.notNull())
    .addColumn('key_hash_sha256', 'text', (c) => c.notNull())
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('created_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create index issuing_authorities_sha1_idx on issuing_authorities (name_hash_sha1, key_hash_sha1)`.execute(
    db,
  );
  await sql`create index issuing_authorities_sha256_idx on issuing_authorities (name_hash_sha256, key_hash_sha256)`.execute(
    db,
  );

  await db.schema
    .createTable('user_certificates')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('insurance_house_code', 'text', (c) => c.notNull().references('insurance_houses.code'))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('issuing_authority_id', 'uuid', (c) => c.notNull().references('issuing_authorities.id'))
    .addColumn('serial_number', 'text', (c) => c.notNull())
    .addColumn('subject_dn', 'text')
    .addColumn('not_before', 'timestamptz')
    .addColumn('not_after', 'timestamptz')
    .addColumn('sha256_fingerprint', 'text')
    .addColumn('certificate_der', 'bytea')
    .addColumn('notes', 'text')
    .addColumn('suspended', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('suspended_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('created_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await sql`create unique index user_certificates_registration_key
    on user_certificates (insurance_house_code, issuing_authority_id, serial_number, user_id)`.execute(db);
  // The OCSP responder and the gateway look a certificate up by its issuer and serial.
  await sql`create index user_certificates_issuer_serial_idx on user_certificates (issuing_authority_id, serial_number)`.execute(
    db,
  );
  await sql`create index user_certificates_house_idx on user_certificates (insurance_house_code, created_at desc)`.execute(
    db,
  );
  await sql`create index user_certificates_user_idx on user_certificates (user_id)`.execute(db);
  await sql`create index user_certificates_expiry_idx on user_certificates (insurance_house_code, not_after)`.execute(
    db,
  );

  await db.schema
    .createTable('certificate_suspensions')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('user_certificate_id', 'uuid', (c) => c.notNull().references('user_certificates.id'))
    .addColumn('suspended', 'boolean', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('at', 'timestamptz', (c) => c.notNull())
    .addColumn('by_user_id', 'uuid', (c) => c.references('users.id'))
    .execute();
  await sql`create index certificate_suspensions_cert_idx on certificate_suspensions (user_certificate_id, id desc)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('certificate_suspensions').ifExists().execute();
  await db.schema.dropTable('user_certificates').ifExists().execute();
  await db.schema.dropTable('issuing_authorities').ifExists().execute();
}
