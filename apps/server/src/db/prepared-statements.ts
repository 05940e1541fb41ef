import { createHash } from 'node:crypto';
import type pg from 'pg';

/**
 * Statements whose SQL starts with this comment run as named prepared statements on PostgreSQL:
 * parsed and planned once per connection instead of at every execution (for a small indexed
 * query with a join, planning costs more than running it). Only for the few statements of the hot
 * paths (OCSP status, the gateway's per-request check), whose text never changes.
 */
export const PREPARED_MARK = '/* prepared */';

/** Makes `client.query(text, values)` use a named statement when the text carries the mark. */
export function prepareMarkedStatements(client: pg.PoolClient): void {
  const names = new Map<string, string>();
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (text, ...rest) => {
    if (typeof text !== 'string' || !text.startsWith(PREPARED_MARK) || !Array.isArray(rest[0])) {
      return query(text, ...rest);
    }
    let name = names.get(text);
    if (!name) {
      name = `siui_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
      names.set(text, name);
    }
    return query({ name, text, values: rest[0] }, ...rest.slice(1));
  };
}
