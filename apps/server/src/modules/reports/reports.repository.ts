import type { Insertable, Selectable } from 'kysely';
import { sql } from 'kysely';
import type { Executor } from '../../db/executor';
import type { ReportsTable } from '../../db/schema';

export type ReportRow = Selectable<ReportsTable>;

export async function findReportByIdempotencyKey(db: Executor, providerId: string, key: string) {
  return db
    .selectFrom('reports')
    .selectAll()
    .where('provider_id', '=', providerId)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
}

/** Inserts unless the same idempotency key exists; returns the row that is stored either way. */
export async function insertReportOnce(
  db: Executor,
  report: Insertable<ReportsTable>,
): Promise<{ row: ReportRow; created: boolean }> {
  const inserted = await db
    .insertInto('reports')
    .values(report)
    .onConflict((oc) => oc.columns(['provider_id', 'idempotency_key']).doNothing())
    .returningAll()
    .executeTakeFirst();
  if (inserted) return { row: inserted, created: true };
  const existing = await findReportByIdempotencyKey(db, report.provider_id, report.idempotency_key);
  if (!existing) throw new Error('report vanished after an idempotency conflict');
  return { row: existing, created: false };
}

export async function serviceCodesOf(db: Executor, category: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('services')
    .select('code')
    .where('category', '=', category)
    .where('active', '=', true)
    .execute();
  return new Set(rows.map((row) => row.code));
}

export async function listServices(db: Executor, category: string | undefined) {
  let query = db.selectFrom('services').select(['code', 'name', 'category']).where('active', '=', true);
  if (category) query = query.where('category', '=', category);
  return query.orderBy('category').orderBy('code').execute();
}

/** The provider's reports received since `since`, newest first, for their validation messages. */
/**
 * The provider's reports that carry validation messages. Without `since`: the newest `limit`. With
 * it: the oldest `limit` received after it, oldest first, so that a client moving `since` to the
 * last one it got pages forward without skipping any. Times are compared at the millisecond the
 * API shows (received_at keeps microseconds), so the report at `since` itself is not sent again.
 */
export async function reportsSince(db: Executor, providerId: string, since: Date | undefined, limit: number) {
  let query = db
    .selectFrom('reports')
    .select(['id', 'idempotency_key', 'period', 'messages', 'received_at'])
    .where('provider_id', '=', providerId)
    .where(sql<boolean>`jsonb_array_length(messages) > 0`)
    .limit(limit);
  query = since
    ? query
        .where(sql<Date>`date_trunc('milliseconds', received_at)`, '>', since)
        .orderBy('received_at', 'asc')
    : query.orderBy('received_at', 'desc');
  return query.execute();
}

export type ReportListFilter = {
  houseCode: string | undefined;
  providerCode?: string | undefined;
  state?: ReportRow['state'] | undefined;
  period?: string | undefined;
  page: number;
  pageSize: number;
};

export async function listReports(db: Executor, filter: ReportListFilter) {
  let query = db.selectFrom('reports as r').innerJoin('providers as p', 'p.id', 'r.provider_id');
  if (filter.houseCode !== undefined) query = query.where('r.insurance_house_code', '=', filter.houseCode);
  if (filter.providerCode) query = query.where(sql`lower(p.code)`, '=', filter.providerCode.toLowerCase());
  if (filter.state) query = query.where('r.state', '=', filter.state);
  if (filter.period) query = query.where('r.period', '=', filter.period);
  const [rows, count] = await Promise.all([
    query
      .select([
        'r.id',
        'r.insurance_house_code',
        'r.idempotency_key',
        'r.type',
        'r.period',
        'r.state',
        'r.line_count',
        'r.accepted_lines',
        'r.messages',
        'r.received_at',
        'r.certificate_serial',
        'p.code as provider_code',
        'p.name as provider_name',
      ])
      .orderBy('r.received_at', 'desc')
      .orderBy('r.id')
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}
