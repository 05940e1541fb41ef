/**
 * The scale data of benchmark 5, generated inside PostgreSQL with generate_series: 100,000
 * providers (a fifth of them in the big house) with their external users, 200,000 registered
 * certificates and 5,000,000 Log OCSP rows over a year. Identifiers are derived from the row
 * number (md5 → uuid), so every table agrees on who is who without lookups.
 *
 * The Log OCSP rows are written as already sealed with placeholder hashes: computing a real hash
 * chain over five million rows costs minutes, and the daily integrity check would then walk them
 * in the middle of the measurements. That check reports the placeholder chain as broken (a line
 * in the server log), which is expected on this throw-away database.
 */
import type pg from 'pg';
import { connect } from './database';

export const SCALE = { providers: 100_000, certificates: 200_000, logRows: 5_000_000 };

const houseOf = (p: string) =>
  `case when ${p} % 5 = 0 then 'CAS-AB' else ($1::text[])[1 + ${p} % array_length($1::text[], 1)] end`;
/** A version-4-shaped uuid from an md5 (the API's schemas check the version and variant). */
const uuidOf = (text: string) =>
  `overlay(overlay(md5(${text}) placing '4' from 13) placing '8' from 17)::uuid`;
const providerId = (p: string) => uuidOf(`'bench-provider-' || ${p}`);
const userId = (p: string) => uuidOf(`'bench-user-' || ${p}`);
const fiscal = (p: string) => `(10000000 + ${p})::text`;

const PROVIDERS = `
  insert into providers (id, insurance_house_code, code, name, name_search, fiscal_code, category,
    contract_number, contract_start, contract_end, active, created_at, updated_at)
  select ${providerId('p')}, ${houseOf('p')}, 'P' || lpad(p::text, 6, '0'), n, translate(lower(n), 'ăâîșțşţ', 'aaiststs'),
    ${fiscal('p')}, (array['MF','CLIN','PARA','STOM','FARM','SPT'])[1 + p % 6], 'C-' || p,
    date '2024-01-01', date '2025-12-31' + (p % 900), p % 50 <> 0,
    now() - (p % 5000) * interval '1 hour', now()
  from (select p, (array['Cabinet Medical','Clinica','Centrul Medical','Farmacia','Laboratorul',
      'Spitalul','Policlinica','Cabinet Stomatologic'])[1 + p % 8] || ' ' ||
      (array['Sfântul Andrei','Ștefănescu','Popescu','Ionescu','Munteanu','Țurcanu','Dumitrescu',
      'Sănătatea','Familia','Vitalis','Medicover','Arcadia','Hipocrate','Galenus','Speranța','Aesculap'])
      [1 + (p / 8) % 16] || ' ' || p || ' SRL' as n
    from generate_series(1, ${SCALE.providers}) p) s`;

const USERS = `
  insert into users (id, username, kind, full_name, insurance_house_code, active, provider_id)
  select ${userId('p')}, ${fiscal('p')} || '_' || ${houseOf('p')}, 'external', 'Furnizor ' || p,
    ${houseOf('p')}, true, ${providerId('p')}
  from generate_series(1, ${SCALE.providers}) p`;

const KEYS = `
  insert into activation_keys (provider_id, generation, key_hash, created_at)
  select ${providerId('p')}, 1, md5('bench-key-' || p) || md5('bench-key2-' || p), now() - interval '30 days'
  from generate_series(1, ${SCALE.providers}) p where p % 10 < 6`;

const CERTIFICATES = `
  insert into user_certificates (insurance_house_code, user_id, issuing_authority_id, serial_number,
    subject_dn, not_before, not_after, suspended, suspended_at, created_at, updated_at)
  select ${houseOf('p')}, ${userId('p')}, $2::uuid, upper('1' || substr(md5('bench-cert-' || c), 1, 31)),
    'C=RO, CN=Furnizor ' || p, e - interval '365 days', e, c % 40 = 0,
    case when c % 40 = 0 then now() - interval '3 days' end, now() - (c % 8000) * interval '1 hour', now()
  from (select c, 1 + (c - 1) % ${SCALE.providers} as p, now() + ((c % 730) - 30) * interval '1 day' as e
    from generate_series(1, ${SCALE.certificates}) c) s`;

/** Rows g of [from, to]; id = base + g, so ids follow time like the real log's. */
const LOG = `
  insert into ocsp_log (id, at, insurance_house_code, provider_id, provider_code, external_user_id,
    external_username, certificate_serial, issuing_authority_id, operation, result, reason_code,
    client_ip, seal_seq, prev_hash, hash)
  select $3::bigint + g, now() - interval '365 days' + g * (interval '365 days' / ${SCALE.logRows}),
    ${houseOf('p')}, ${providerId('p')}, 'P' || lpad(p::text, 6, '0'), ${userId('p')},
    ${fiscal('p')} || '_' || ${houseOf('p')}, upper('1' || substr(md5('bench-cert-' || p), 1, 31)), $2::uuid,
    case when g % 97 = 0 then 'ACTIVATION' else (array['SESSION','SESSION','SESSION','SESSION','SESSION',
      'REPORT','REPORT','REPORT','NOMENCLATURE','MESSAGES'])[1 + g % 10] end,
    case when g % 31 = 0 then 'REFUSED' else 'ALLOWED' end,
    case when g % 31 = 0 then (array['CERTIFICATE_SUSPENDED','KEY_INVALID','SESSION_INVALID',
      'CERTIFICATE_EXPIRED'])[1 + (g / 31) % 4] end,
    '10.' || (p % 250) || '.' || (g % 250) || '.' || (p % 200 + 1),
    $3::bigint + g, 'bench-placeholder', 'bench-placeholder'
  from (select g, 1 + (g * 7919) % ${SCALE.providers} as p from generate_series($4::bigint, $5::bigint) g) s`;

async function timed<T>(label: string, steps: Record<string, number>, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  steps[label] = Math.round(performance.now() - started);
  return result;
}

/** Generates everything; returns how long each step took (ms). */
export async function generateScaleData(url: string, authorityId: string): Promise<Record<string, number>> {
  const steps: Record<string, number> = {};
  const clients: pg.Client[] = [await connect(url), await connect(url)];
  const [a, b] = clients as [pg.Client, pg.Client];
  try {
    for (const client of clients) {
      await client.query(`set maintenance_work_mem = '512MB'`);
      await client.query('set synchronous_commit = off');
    }
    const houses = (
      await a.query<{ code: string }>(
        `select code from insurance_houses where not is_national and code <> 'CAS-AB' order by position`,
      )
    ).rows.map((row) => row.code);
    const indexes = (
      await a.query<{ name: string; definition: string }>(
        `select indexname as name, indexdef as definition from pg_indexes
         where tablename = 'ocsp_log' and indexname <> 'ocsp_log_pkey'`,
      )
    ).rows;
    await timed('providers+users+keys', steps, async () => {
      await a.query(PROVIDERS, [houses]);
      await a.query(USERS, [houses]);
      await a.query(KEYS);
    });
    // The log is the big one: its secondary indexes are dropped, the rows written by two sessions
    // at once, then the same index definitions rebuilt (faster than maintaining them row by row).
    const base = Number(
      (await a.query<{ base: string }>(`select coalesce(max(id), 0) + 1000 as base from ocsp_log`)).rows[0]
        ?.base,
    );
    for (const index of indexes) await a.query(`drop index ${index.name}`);
    const half = SCALE.logRows / 2;
    await timed('certificates+log rows', steps, () =>
      Promise.all([
        a
          .query(CERTIFICATES, [houses, authorityId])
          .then(() => a.query(LOG, [houses, authorityId, base, 1, half])),
        b.query(LOG, [houses, authorityId, base, half + 1, SCALE.logRows]),
      ]),
    );
    await a.query(`select setval('ocsp_log_id_seq', $1::bigint)`, [base + SCALE.logRows]);
    await timed('log indexes', steps, () =>
      Promise.all(
        [a, b].map(async (client, lane) => {
          for (const [n, index] of indexes.entries())
            if (n % 2 === lane) await client.query(index.definition);
        }),
      ),
    );
    await timed('vacuum analyze', steps, async () => {
      await Promise.all([
        a.query('vacuum (analyze) ocsp_log'),
        b.query('vacuum (analyze) providers, users, activation_keys, user_certificates'),
      ]);
      // The small tables once more: the pass beside the log's left most of their pages not marked
      // all-visible (19 of 4,671 for the certificates), so every count read the heap, which a
      // settled table (autovacuum) would not; a second pass marks them (a second or two).
      await b.query('vacuum providers, users, activation_keys, user_certificates');
    });
    await a.query('checkpoint');
  } finally {
    await Promise.all(clients.map((client) => client.end()));
  }
  return steps;
}
