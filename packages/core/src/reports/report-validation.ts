import type { Report, ReportState, ValidationMessage } from '../api/reports';
import { parseCnp } from '../cnp/cnp';
import type { Language } from '../errors/error-messages';
import { REPORT_MESSAGES, type ReportMessageCode } from './report-messages';

// SIUI's checks of a monthly report, shared by the server (authoritative) and the desktop (a
// pre-check before sending). Each finding names its line; the state summarises them.

export interface ReportContext {
  providerCategory: string;
  contractStart: string;
  contractEnd: string;
  /** Service codes allowed for the provider's category. */
  serviceCodes: ReadonlySet<string>;
  today: Date;
  language: Language;
}

export interface ReportValidation {
  state: ReportState;
  messages: ValidationMessage[];
  acceptedLines: number;
}

const UNUSUAL_QUANTITY = 50;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function validateReport(report: Report, context: ReportContext): ReportValidation {
  const messages: ValidationMessage[] = [];
  const say = (code: ReportMessageCode, params: Record<string, string | number> = {}, line?: number) => {
    messages.push({
      code,
      severity: REPORT_MESSAGES[code].severity,
      message: renderReportMessage(code, params, context.language),
      ...(line !== undefined ? { line } : {}),
      params,
    });
  };

  const today = isoDate(context.today);
  const periodStart = `${report.period}-01`;
  const periodEnd = lastDayOf(report.period);
  let reportRefused = false;
  if (report.type !== context.providerCategory) {
    say('REPORT_TYPE_MISMATCH', { type: report.type, category: context.providerCategory });
    reportRefused = true;
  }
  if (periodStart > today) {
    say('PERIOD_IN_FUTURE', { period: report.period });
    reportRefused = true;
  }
  if (periodEnd < context.contractStart || periodStart > context.contractEnd) {
    say('PERIOD_OUTSIDE_CONTRACT', {
      period: report.period,
      start: context.contractStart,
      end: context.contractEnd,
    });
    reportRefused = true;
  }
  if (report.lines.length === 0) {
    say('REPORT_EMPTY');
    reportRefused = true;
  }

  const seen = new Map<string, number>();
  let linesWithErrors = 0;
  report.lines.forEach((entry, index) => {
    const line = index + 1;
    const before = messages.length;
    const cnp = parseCnp(entry.cnp, context.today);
    if (!cnp.ok) say(`CNP_${cnp.reason}`, { cnp: entry.cnp }, line);
    const validDate = ISO_DATE.test(entry.date) && !Number.isNaN(Date.parse(entry.date));
    if (!validDate) {
      say('DATE_INVALID', { date: entry.date }, line);
    } else {
      if (entry.date < periodStart || entry.date > periodEnd)
        say('DATE_OUTSIDE_PERIOD', { date: entry.date, period: report.period }, line);
      if (entry.date < context.contractStart || entry.date > context.contractEnd) {
        say('DATE_OUTSIDE_CONTRACT', { date: entry.date }, line);
      }
      if (entry.date > today) say('DATE_IN_FUTURE', { date: entry.date }, line);
      if (cnp.ok && entry.date < cnp.birthDate) say('DATE_BEFORE_BIRTH', { date: entry.date }, line);
    }
    if (!context.serviceCodes.has(entry.serviceCode)) {
      say('SERVICE_UNKNOWN', { code: entry.serviceCode, category: context.providerCategory }, line);
    }
    if (!Number.isInteger(entry.quantity) || entry.quantity <= 0) {
      say('QUANTITY_INVALID', { quantity: entry.quantity }, line);
    } else if (entry.quantity > UNUSUAL_QUANTITY) {
      say('QUANTITY_UNUSUAL', { quantity: entry.quantity }, line);
    }
    const key = `${entry.cnp}|${entry.serviceCode}|${entry.date}`;
    const first = seen.get(key);
    if (first !== undefined) say('DUPLICATE_LINE', { first }, line);
    else seen.set(key, line);
    if (messages.slice(before).some((message) => message.severity === 'error')) linesWithErrors += 1;
  });

  const acceptedLines = reportRefused ? 0 : report.lines.length - linesWithErrors;
  const state: ReportState =
    reportRefused || acceptedLines === 0 ? 'INVALID' : linesWithErrors > 0 ? 'PARTIALLY_VALID' : 'VALID';
  return { state, messages, acceptedLines };
}

function isoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function lastDayOf(period: string): string {
  const [year = 0, month = 1] = period.split('-').map(Number);
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${period}-${String(day).padStart(2, '0')}`;
}

export function renderReportMessage(
  code: ReportMessageCode,
  params: Record<string, string | number>,
  language: Language,
): string {
  return REPORT_MESSAGES[code][language].replace(/\{(\w+)\}/g, (_, name: string) =>
    String(params[name] ?? ''),
  );
}

/** Messages stored in one language, said again in `language` (unknown codes keep their text). */
export function localizeReportMessages(
  messages: readonly ValidationMessage[],
  language: Language,
): ValidationMessage[] {
  return messages.map((message) =>
    message.code in REPORT_MESSAGES && message.params
      ? {
          ...message,
          message: renderReportMessage(message.code as ReportMessageCode, message.params, language),
        }
      : message,
  );
}
