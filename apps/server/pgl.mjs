import { PGlite } from '@electric-sql/pglite';

const t0 = Date.now();
const db = new PGlite();
await db.waitReady;
console.log('ready ms', Date.now() - t0);
const r = await db.query(
  `select 1::int8 as a, now() as b, '{"x":1}'::jsonb as c, gen_random_uuid() as d, 'ab'::bytea as e, 1.5::numeric as f, count(*) from pg_class`,
);
console.log(r.rows, typeof r.rows[0].a);
const d = await db.dumpDataDir('none');
console.log('dump', d.size);
const t1 = Date.now();
const db2 = new PGlite({ loadDataDir: d });
await db2.waitReady;
console.log('clone ms', Date.now() - t1);
console.log((await db2.query('select version()')).rows);
try {
  await db.query(`create extension if not exists pg_trgm`);
} catch (e) {
  console.log('trgm', e.message);
}
await db.query('select pg_advisory_xact_lock(1)');
console.log('advisory ok');
