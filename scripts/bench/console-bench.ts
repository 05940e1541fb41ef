/**
 * Benchmark 5: the console's lists on the scale data, as the console calls them — the provider
 * search, the certificate list filters and the Log OCSP filters (first page and a deep keyset
 * page) — each as the CJAS administrator of the big house and as CNAS. Requests one at a time.
 */
import type { StaffApi } from './api';
import { BIG_HOUSE } from './enroll';
import { percentiles, round } from './support';

export interface ListFigure {
  who: 'CJAS' | 'CNAS';
  list: string;
  query: string;
  p50Ms: number;
  p95Ms: number;
  items: number;
}

async function measure(api: StaffApi, path: string, repeats: number) {
  const times: number[] = [];
  let items = 0;
  for (let n = 0; n < repeats + 2; n += 1) {
    const started = performance.now();
    const answer = await api.call('GET', path);
    const took = performance.now() - started;
    if (answer.status !== 200)
      throw new Error(`GET ${path}: ${answer.status} ${answer.body.toString('utf8')}`);
    if (n >= 2) times.push(took);
    items = (answer.json<{ items: unknown[] }>().items ?? []).length;
  }
  const [p50 = 0, p95 = 0] = percentiles(times, [50, 95]);
  return { p50Ms: round(p50, 2), p95Ms: round(p95, 2), items };
}

/** A cursor deep in the log: an id nine tenths of the way back from the newest row. */
async function deepCursor(api: StaffApi): Promise<string> {
  const first = await api.expect<{ items: { id: string }[] }>(200, 'GET', '/api/ocsp-log?limit=1');
  return String(Math.max(2, Math.floor(Number(first.items[0]?.id ?? '1') * 0.1)));
}

export async function benchConsole(options: {
  cjas: StaffApi;
  cnas: StaffApi;
  repeats: number;
}): Promise<ListFigure[]> {
  const figures: ListFigure[] = [];
  const month = (back: number) => {
    const d = new Date();
    d.setUTCMonth(d.getUTCMonth() - back);
    return d.toISOString().slice(0, 10);
  };
  for (const [who, api] of [
    ['CJAS', options.cjas],
    ['CNAS', options.cnas],
  ] as const) {
    const house = who === 'CNAS' ? `&insuranceHouse=${BIG_HOUSE}` : '';
    const deep = await deepCursor(api);
    const lists: [string, string][] = [
      ['providers', '/api/providers?q=clinica'],
      ['providers', '/api/providers?q=10040005'],
      ['providers', '/api/providers?q=P04000'],
      ['providers', '/api/providers?name=popescu'],
      ['providers', '/api/providers?name=popescu&page=20'],
      ['providers', '/api/providers?category=STOM&keyState=ACTIVE&sort=-contractEnd'],
      ['certificates', '/api/user-certificates'],
      ['certificates', '/api/user-certificates?suspended=true'],
      ['certificates', '/api/user-certificates?expiringWithinDays=30'],
      ['certificates', '/api/user-certificates?providerCode=P040005'],
      ['certificates', '/api/user-certificates?page=100'],
      ['log', '/api/ocsp-log'],
      ['log', '/api/ocsp-log?result=REFUSED'],
      ['log', '/api/ocsp-log?providerCode=P040005'],
      ['log', `/api/ocsp-log?operation=REPORT&from=${month(2)}&to=${month(1)}`],
      ['log', `/api/ocsp-log?cursor=${deep}`],
      ['log', `/api/ocsp-log?result=REFUSED&cursor=${deep}`],
    ];
    if (who === 'CNAS') lists.push(['log', `/api/ocsp-log?insuranceHouse=${BIG_HOUSE}&cursor=${deep}`]);
    if (who === 'CNAS') lists.push(['providers', `/api/providers?q=clinica${house}`]);
    for (const [list, path] of lists) {
      figures.push({
        who,
        list,
        query: path.replace(/^\/api\/[a-z-]+/, ''),
        ...(await measure(api, path, options.repeats)),
      });
    }
  }
  return figures;
}
