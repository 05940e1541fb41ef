import { type Kysely, sql } from 'kysely';

// Indexes for the console's lists at scale (docs/performance.md, `npm run bench`): the Log OCSP
// filtered by provider across all houses (CNAS), the certificate list of all houses newest first,
// and the provider search, whose code fragment (`lower(code) like '%…%'`) could only be answered by
// reading every provider; with a trigram index it joins the name and fiscal-code indexes.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index ocsp_log_provider_idx on ocsp_log (provider_code, id desc)`.execute(db);
  await sql`create index user_certificates_created_idx on user_certificates (created_at desc, id)`.execute(
    db,
  );
  await sql`create index providers_code_trgm_idx on providers using gin (lower(code) gin_trgm_ops)`.execute(
    db,
  );
  await sql`create index providers_house_code_order_idx on providers (insurance_house_code, code, id)`.execute(
    db,
  );
  await sql`create index providers_code_order_idx on providers (code, id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const name of [
    'providers_code_order_idx',
    'providers_house_code_order_idx',
    'providers_code_trgm_idx',
    'user_certificates_created_idx',
    'ocsp_log_provider_idx',
  ]) {
    await sql`drop index if exists ${sql.id(name)}`.execute(db);
  }
}
