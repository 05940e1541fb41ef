/** The run's figures as JSON, and the table printed at the end with each goal and ratio. */
import type { ListFigure } from './console-bench';
import type { OcspFigures } from './ocsp-bench';
import type { OnlineFigures } from './online-bench';
import type { ProfileSummary } from './profile-summary';
import type { SuspensionFigures } from './suspension';

export interface BenchReport {
  date: string;
  /** 1-minute load average before and after: the figures mean little on a busy machine. */
  loadAverage: { before: number; after: number };
  machine: { cores: number; memoryGiB: number; cpu: string; node: string };
  options: Record<string, unknown>;
  scaleSteps: Record<string, number>;
  ocsp?: OcspFigures;
  online?: OnlineFigures;
  console?: ListFigure[];
  suspension?: SuspensionFigures;
  serverErrors: number;
  totalSeconds: number;
  profile?: ProfileSummary;
}

const ratio = (ours: number, base: number) => (base > 0 ? `${(ours / base).toFixed(2)}×` : '—');
const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
const cpu = (r: { serverCpuUs?: number; postgresCpuUs?: number }) =>
  r.serverCpuUs === undefined ? '' : `; CPU/req: server ${r.serverCpuUs} µs, PG ${r.postgresCpuUs} µs`;

export function printTable(report: BenchReport): void {
  const rows: string[][] = [['benchmark', 'ours', 'baseline', 'ratio', 'goal']];
  const { ocsp, online, suspension } = report;
  if (ocsp) {
    const { oursPost: o, opensslPost: b, oursGet: g } = ocsp;
    rows.push([
      'OCSP POST + nonce, 32 conn',
      `${o.rps} req/s, p50 ${o.p50Ms} ms, p99 ${o.p99Ms} ms${cpu(o)}`,
      `openssl: ${b.rps} req/s, p50 ${b.p50Ms} ms, p99 ${b.p99Ms} ms`,
      ratio(o.rps, b.rps),
      `≥ 1.0× ${verdict(o.rps >= b.rps && o.errors + o.non2xx === 0)}`,
    ]);
    rows.push([
      'OCSP GET, no nonce (cached)',
      `${g.rps} req/s, p50 ${g.p50Ms} ms, p99 ${g.p99Ms} ms${cpu(g)}`,
      `openssl POST: ${b.rps} req/s`,
      ratio(g.rps, b.rps),
      `≥ 2.0× ${verdict(g.rps >= 2 * b.rps && g.errors + g.non2xx === 0)}`,
    ]);
  }
  if (online) {
    const { oursSessions: o, bareSessions: b, oursHandshakes: oh, bareHandshakes: bh, reports: r } = online;
    const refused = (s: Record<string, number>) =>
      Object.entries(s)
        .filter(([status]) => status !== '200')
        .reduce((sum, [, n]) => sum + n, 0);
    rows.push([
      'session opens, keep-alive mTLS',
      `${o.rps}/s, p50 ${o.p50Ms} ms, p99 ${o.p99Ms} ms, refused ${refused(o.statuses) + o.errors}${cpu(o)}`,
      `bare https: ${b.rps}/s, p50 ${b.p50Ms} ms`,
      ratio(o.rps, b.rps),
      `≥ 0.5×, 0 refused ${verdict(o.rps >= 0.5 * b.rps && refused(o.statuses) + o.errors === 0)}`,
    ]);
    rows.push([
      'new TLS handshakes (+ session open)',
      `${oh.rps}/s, p50 ${oh.p50Ms} ms, refused ${refused(oh.statuses) + oh.errors}${cpu(oh)}`,
      `bare https: ${bh.rps}/s`,
      ratio(oh.rps, bh.rps),
      '(recorded)',
    ]);
    const h = online.oursInSession;
    rows.push([
      'requests in a session (re-check)',
      `${h.rps}/s, p50 ${h.p50Ms} ms, p99 ${h.p99Ms} ms, refused ${refused(h.statuses) + h.errors}${cpu(h)}`,
      `bare https: ${b.rps}/s`,
      ratio(h.rps, b.rps),
      '(recorded)',
    ]);
    rows.push([
      'report intake (100 lines)',
      `${r.rps} reports/s = ${r.linesPerSecond} lines/s, p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms${cpu(r)}`,
      `stored ${r.stored} of ${r.statuses['200'] ?? 0} answered`,
      '—',
      verdict(r.stored === (r.statuses['200'] ?? 0) && r.errors === 0),
    ]);
  }
  if (suspension) {
    rows.push([
      `suspension → refusal (${suspension.trials} trials)`,
      `gateway: ${suspension.gatewayAllowedAfterPatch} allowed after PATCH, max ${suspension.gatewayMaxMs} ms`,
      `OCSP GET: ${suspension.ocspGoodAfterPatch} good after PATCH, max ${suspension.ocspMaxMs} ms`,
      '—',
      `very next request ${verdict(suspension.gatewayAllowedAfterPatch === 0 && suspension.ocspGoodAfterPatch === 0)}`,
    ]);
  }
  for (const list of report.console ?? []) {
    rows.push([
      `${list.who} ${list.list} ${list.query}`.slice(0, 70),
      `p50 ${list.p50Ms} ms, p95 ${list.p95Ms} ms (${list.items} items)`,
      '',
      '',
      `p95 < 50 ms ${verdict(list.p95Ms < 50)}`,
    ]);
  }
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  const line = (row: string[]) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ');
  const out = [line(rows[0] ?? []), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.slice(1).map(line)];
  const { machine, loadAverage } = report;
  process.stdout.write(
    `\n${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}; ` +
      `load average ${loadAverage.before.toFixed(2)} → ${loadAverage.after.toFixed(2)}; ${JSON.stringify(report.options)}\n`,
  );
  process.stdout.write(`\n${out.join('\n')}\n\n`);
  if (report.profile) {
    process.stdout.write('CPU profile (self time):\n');
    for (const pkg of report.profile.byPackage.slice(0, 15)) {
      process.stdout.write(`  ${String(pkg.selfPercent).padStart(5)}%  ${pkg.package}\n`);
    }
    for (const frame of report.profile.topFrames.slice(0, 25)) {
      process.stdout.write(`  ${String(frame.selfPercent).padStart(5)}%  ${frame.frame}\n`);
    }
  }
}
