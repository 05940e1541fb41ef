import { type Kysely, sql } from 'kysely';

// The online side: sessions opened by providers through the mutual-TLS gateway, the service
// nomenclature reports may use, and the reports received with their validation messages.

const SERVICES: [category: string, code: string, name: string][] = [
  ['MF', 'C001', 'Consultație medicină de familie la cabinet'],
  ['MF', 'C002', 'Consultație la domiciliu'],
  ['MF', 'C003', 'Consultație preventivă'],
  ['MF', 'C004', 'Management de caz pentru boli cronice'],
  ['MF', 'C005', 'Vaccinare conform programului național'],
  ['CLIN', 'C001', 'Consultație de specialitate'],
  ['CLIN', 'C002', 'Consultație de control'],
  ['CLIN', 'C003', 'Procedură diagnostică'],
  ['CLIN', 'C004', 'Procedură terapeutică'],
  ['CLIN', 'C005', 'Serviciu de telemedicină'],
  ['PARA', 'L001', 'Hemoleucogramă completă'],
  ['PARA', 'L002', 'Glicemie'],
  ['PARA', 'L003', 'Colesterol seric total'],
  ['PARA', 'L004', 'Creatinină serică'],
  ['PARA', 'I001', 'Radiografie toracică'],
  ['PARA', 'I002', 'Ecografie abdominală'],
  ['STOM', 'S001', 'Consultație stomatologică'],
  ['STOM', 'S002', 'Tratament carie simplă'],
  ['STOM', 'S003', 'Extracție dinte permanent'],
  ['FARM', 'F001', 'Eliberare medicamente cu prescripție compensată'],
  ['FARM', 'F002', 'Eliberare medicamente gratuite (programe naționale)'],
  ['SPT', 'H001', 'Spitalizare continuă (zi de spitalizare)'],
  ['SPT', 'H002', 'Spitalizare de zi'],
  ['SPT', 'H003', 'Serviciu ambulatoriu în spital'],
  ['AMB', 'A001', 'Intervenție de urgență'],
  ['AMB', 'A002', 'Transport sanitar neasistat'],
  ['MD', 'D001', 'Dispozitiv medical eliberat'],
  ['HC', 'HC01', 'Îngrijire medicală la domiciliu (vizită)'],
  ['REC', 'R001', 'Procedură de recuperare medicală'],
  ['REC', 'R002', 'Ședință de kinetoterapie'],
  ['DIA', 'D101', 'Ședință de hemodializă'],
  ['DIA', 'D102', 'Dializă peritoneală (zi)'],
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('online_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('insurance_house_code', 'text', (c) => c.notNull())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('provider_id', 'uuid', (c) => c.notNull().references('providers.id'))
    .addColumn('user_certificate_id', 'uuid', (c) => c.notNull().references('user_certificates.id'))
    .addColumn('activation_key_id', 'uuid', (c) => c.notNull().references('activation_keys.id'))
    .addColumn('certificate_fingerprint', 'text', (c) => c.notNull())
    .addColumn('certificate_serial', 'text', (c) => c.notNull())
    .addColumn('client_ip', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('closed_at', 'timestamptz')
    .addColumn('closed_reason', 'text')
    .execute();
  await sql`create index online_sessions_certificate_idx on online_sessions (user_certificate_id) where closed_at is null`.execute(
    db,
  );
  await sql`create index online_sessions_key_idx on online_sessions (activation_key_id) where closed_at is null`.execute(
    db,
  );
  await sql`create index online_sessions_expiry_idx on online_sessions (expires_at)`.execute(db);

  await db.schema
    .createTable('services')
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addPrimaryKeyConstraint('services_pk', ['category', 'code'])
    .execute();
  await db
    .insertInto('services' as never)
    .values(SERVICES.map(([category, code, name]) => ({ category, code, name })) as never)
    .execute();

  await db.schema
    .createTable('reports')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('insurance_house_code', 'text', (c) => c.notNull())
    .addColumn('provider_id', 'uuid', (c) => c.notNull().references('providers.id'))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('idempotency_key', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) =>
      c.notNull().check(sql`state in ('VALID', 'PARTIALLY_VALID', 'INVALID')`),
    )
    .addColumn('line_count', 'integer', (c) => c.notNull())
    .addColumn('accepted_lines', 'integer', (c) => c.notNull())
    .addColumn('messages', 'jsonb', (c) => c.notNull())
    .addColumn('lines', 'jsonb', (c) => c.notNull())
    .addColumn('certificate_serial', 'text')
    .addColumn('client_ip', 'text')
    .addColumn('received_at', 'timestamptz', (c) => c.notNull())
    .execute();
  await sql`create unique index reports_idempotency_key on reports (provider_id, idempotency_key)`.execute(
    db,
  );
  await sql`create index reports_house_idx on reports (insurance_house_code, received_at desc)`.execute(db);
  await sql`create index reports_provider_idx on reports (provider_id, received_at desc)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('reports').ifExists().execute();
  await db.schema.dropTable('services').ifExists().execute();
  await db.schema.dropTable('online_sessions').ifExists().execute();
}
