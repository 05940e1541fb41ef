import { type Kysely, sql } from 'kysely';

// Indexes for the console's lists at scale, second round (docs/performance.md, `npm run bench`).
//
// The Log OCSP filtered by period reads newest first by id. The planner walked the id order from
// the newest row and fetched every row after the end of the period only to find its `at` outside
// it. With `at` a key column after the id, the period is checked on the index entry itself and only
// the rows inside it are read: still the id order, so the answer and the keyset cursor are the same,
// whatever the order in which the rows' times were written. The house's index gains the column (it
// serves every query the old one did); the log of all houses (CNAS) gets its own.
//
// The certificate list of all houses filtered by expiry had no index on the date alone, and the
// suspended certificates, a small part of all, are listed newest first from a partial index.

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index ocsp_log_house_id_at_idx on ocsp_log (insurance_house_code, id desc, at)`.execute(
    db,
  );
  await sql`drop index if exists ocsp_log_house_idx`.execute(db);
  await sql`create index ocsp_log_id_at_idx on ocsp_log (id desc, at)`.execute(db);
  await sql`create index user_certificates_not_after_idx on user_certificates (not_after)`.execute(db);
  await sql`create index user_certificates_suspended_idx on user_certificates (created_at desc, id)
    include (insurance_house_code) where suspended`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index if exists user_certificates_suspended_idx`.execute(db);
  await sql`drop index if exists user_certificates_not_after_idx`.execute(db);
  await sql`drop index if exists ocsp_log_id_at_idx`.execute(db);
  await sql`create index if not exists ocsp_log_house_idx on ocsp_log (insurance_house_code, id desc)`.execute(
    db,
  );
  await sql`drop index if exists ocsp_log_house_id_at_idx`.execute(db);
}
