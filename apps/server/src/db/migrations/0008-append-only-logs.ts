import { type Kysely, sql } from 'kysely';

// The audit trail and the Log OCSP only ever grow. Triggers refuse UPDATE, DELETE and TRUNCATE on
// them for everyone but a superuser who switches triggers off for the session; the one change the
// application itself makes — the sealer filling seal_seq, prev_hash and hash of a row not sealed
// yet — is the only UPDATE let through. Roles other than the owner lose UPDATE, DELETE and TRUNCATE
// on both tables (the application's role keeps UPDATE of the three seal columns), so on PostgreSQL
// an application role that is not the owner cannot even ask. The signed checkpoints
// (modules/integrity) catch whoever bypasses all this.

const SEAL_COLUMNS = `array['seal_seq', 'prev_hash', 'hash']`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create function siui_refuse_log_change() returns trigger language plpgsql as $$
    begin
      raise exception 'SIUI: % is append-only; % refused', tg_table_name, tg_op
        using errcode = 'insufficient_privilege';
    end $$`.execute(db);
  await sql
    .raw(`
    create function siui_ocsp_log_seal_only() returns trigger language plpgsql as $$
    begin
      if old.seal_seq is null and new.seal_seq is not null and new.prev_hash is not null
         and new.hash is not null
         and (to_jsonb(old) - ${SEAL_COLUMNS}) = (to_jsonb(new) - ${SEAL_COLUMNS}) then
        return new;
      end if;
      raise exception 'SIUI: ocsp_log is append-only; only sealing a new row may update it'
        using errcode = 'insufficient_privilege';
    end $$`)
    .execute(db);

  for (const table of ['audit_log', 'ocsp_log']) {
    const name = sql.raw(table);
    await sql`create trigger ${sql.raw(`${table}_no_delete`)} before delete on ${name}
      for each row execute function siui_refuse_log_change()`.execute(db);
    await sql`create trigger ${sql.raw(`${table}_no_truncate`)} before truncate on ${name}
      for each statement execute function siui_refuse_log_change()`.execute(db);
  }
  await sql`create trigger audit_log_no_update before update on audit_log
    for each row execute function siui_refuse_log_change()`.execute(db);
  await sql`create trigger ocsp_log_seal_only before update on ocsp_log
    for each row execute function siui_ocsp_log_seal_only()`.execute(db);

  await sql`revoke update, delete, truncate on audit_log, ocsp_log from public`.execute(db);
  await sql`
    do $$
    declare grant_row record;
    begin
      for grant_row in
        select distinct c.relname as table_name, pg_get_userbyid(a.grantee) as role_name
          from pg_class c cross join lateral aclexplode(c.relacl) a
         where c.oid in ('audit_log'::regclass, 'ocsp_log'::regclass)
           and a.grantee <> 0 and a.grantee <> c.relowner
      loop
        execute format('revoke update, delete, truncate on %I from %I', grant_row.table_name, grant_row.role_name);
        if grant_row.table_name = 'ocsp_log' then
          execute format('grant update (seal_seq, prev_hash, hash) on ocsp_log to %I', grant_row.role_name);
        end if;
      end loop;
    end $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const trigger of ['audit_log_no_delete', 'audit_log_no_truncate', 'audit_log_no_update']) {
    await sql`drop trigger if exists ${sql.raw(trigger)} on audit_log`.execute(db);
  }
  for (const trigger of ['ocsp_log_no_delete', 'ocsp_log_no_truncate', 'ocsp_log_seal_only']) {
    await sql`drop trigger if exists ${sql.raw(trigger)} on ocsp_log`.execute(db);
  }
  await sql`drop function if exists siui_ocsp_log_seal_only()`.execute(db);
  await sql`drop function if exists siui_refuse_log_change()`.execute(db);
}
