/**
 * Queries built once with Kysely and then run with new values: building a query (its operation
 * tree, the visitor that writes the SQL) costs more than PostgreSQL takes to answer a small
 * indexed one, and the gateway asks the same few on every request. The builder is called once
 * with placeholder values; the SQL text it produces is kept, and each run swaps the placeholders'
 * positions in the parameter list for the real values. Constants in the query stay as they were.
 * On PostgreSQL the text runs as a named prepared statement (db/prepared-statements.ts), so it is
 * not planned again either.
 */
import { type Compilable, CompiledQuery } from 'kysely';
import type { Executor } from '../../db/executor';
import { PREPARED_MARK } from '../../db/prepared-statements';

export function preparedQuery<P extends object, R>(
  build: (db: Executor, params: P) => Compilable<R>,
  names: readonly (keyof P & string)[],
): (db: Executor, params: P) => Promise<R[]> {
  let prepared: { sql: string; parameters: readonly unknown[]; slots: (keyof P | null)[] } | undefined;
  return async (db, params) => {
    if (!prepared) {
      const placeholders = Object.fromEntries(
        names.map((name) => [name, `\u0000${name}\u0000`]),
      ) as unknown as P;
      const compiled = build(db, placeholders).compile();
      const slots = compiled.parameters.map(
        (value) => names.find((name) => placeholders[name] === value) ?? null,
      );
      for (const name of names) {
        if (!slots.includes(name)) throw new TypeError(`prepared query: ${name} is not a parameter`);
      }
      prepared = { sql: `${PREPARED_MARK} ${compiled.sql}`, parameters: compiled.parameters, slots };
    }
    const { sql, parameters, slots } = prepared;
    const values = slots.map((slot, index) => (slot === null ? parameters[index] : params[slot]));
    return (await db.executeQuery<R>(CompiledQuery.raw(sql, values))).rows;
  };
}
