import net from 'node:net';
import { z } from 'zod';

/**
 * Which peers may tell us the client's address in `X-Forwarded-For` (`SIUI_TRUST_PROXY`).
 * - unset or `false`: none; the address is the TCP peer's;
 * - a list of addresses or CIDR ranges (`10.0.0.5,10.1.0.0/16`, also proxy-addr's `loopback`,
 *   `linklocal`, `uniquelocal`): the preferred form, a forged header from anyone else is ignored;
 * - a hop count (`1`, `2` …): the client is that many hops back; safe only when nothing can reach
 *   the port except through those proxies.
 * `true` ("trust anyone") is refused rather than mapped to a hop count: behind no proxy it would
 * let every client choose its own address, and with it the rate-limit key and the audit trail.
 */
export type TrustProxy = false | number | string[];

const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

const TRUST_ANYONE =
  '«true» ar crede orice X-Forwarded-For: dați numărul de proxy-uri din față (ex. 1) sau adresele lor ' +
  '(ex. 10.0.0.5,10.1.0.0/16) / «true» would trust any X-Forwarded-For: give the number of proxies in ' +
  'front (e.g. 1) or their addresses (e.g. 10.0.0.5,10.1.0.0/16)';

function isAddressOrRange(entry: string): boolean {
  if (NAMED_RANGES.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = net.isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d{1,3}$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}

export const trustProxySetting = z
  .string()
  .default('false')
  .transform((value, context): TrustProxy => {
    const text = value.trim();
    if (text === '' || text === 'false') return false;
    if (text === 'true') {
      context.addIssue({ code: 'custom', message: TRUST_ANYONE });
      return z.NEVER;
    }
    if (/^\d+$/.test(text)) {
      const hops = Number(text);
      if (hops >= 1 && hops <= 10) return hops;
    }
    const entries = text.split(',').map((entry) => entry.trim());
    const wrong = entries.filter((entry) => !isAddressOrRange(entry));
    if (wrong.length > 0 || entries.length === 0) {
      context.addIssue({
        code: 'custom',
        message:
          `nu este un număr de proxy-uri (1–10) sau o listă de adrese/CIDR: ${wrong.join(', ')} / ` +
          `not a hop count (1–10) or a list of addresses/CIDR ranges: ${wrong.join(', ')}`,
      });
      return z.NEVER;
    }
    return entries;
  });

/**
 * The setting as Fastify takes it. Fastify ≥ 5.12 reads a bare number as "trust no one" (a hop
 * count cannot tell a proxy from a direct client), so the count is given as the function the
 * operator asked for: the nearest `hops` addresses, the TCP peer first, are proxies.
 */
export function fastifyTrustProxy(
  setting: TrustProxy,
): false | string[] | ((address: string, hop: number) => boolean) {
  if (typeof setting !== 'number') return setting;
  return (_address, hop) => hop < setting;
}
