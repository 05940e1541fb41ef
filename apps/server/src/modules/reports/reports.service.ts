import {
  type Language,
  localizeReportMessages,
  type OnlineMessage,
  type Report,
  type ReportAnswer,
  type ValidationMessage,
  validateReport,
} from '@siui/core';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { SessionContext } from '../online/online-session.service';
import { insertReportOnce, type ReportRow, reportsSince, serviceCodesOf } from './reports.repository';

/**
 * Report intake: validated with the rules in @siui/core, stored (durably, before the answer) with
 * its messages, once per idempotency key — sending the same key again returns the first answer.
 */
export class ReportsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async receive(
    context: SessionContext,
    report: Report,
    meta: { clientIp: string; language: Language },
  ): Promise<{ answer: ReportAnswer; replayed: boolean }> {
    const now = this.clock();
    const validation = validateReport(report, {
      providerCategory: context.category,
      contractStart: context.contractStart,
      contractEnd: context.contractEnd,
      serviceCodes: await serviceCodesOf(this.db, context.category),
      today: now,
      language: meta.language,
    });
    const { row, created } = await insertReportOnce(this.db, {
      insurance_house_code: context.houseCode,
      provider_id: context.providerId,
      user_id: context.userId,
      idempotency_key: report.idempotencyKey,
      type: report.type,
      period: report.period,
      state: validation.state,
      line_count: report.lines.length,
      accepted_lines: validation.acceptedLines,
      messages: JSON.stringify(validation.messages),
      lines: JSON.stringify(report.lines),
      certificate_serial: context.serial,
      client_ip: meta.clientIp,
      received_at: now,
    });
    return { answer: toReportAnswer(row, meta.language), replayed: !created };
  }

  async messagesSince(
    context: SessionContext,
    since: Date | undefined,
    language: Language,
  ): Promise<OnlineMessage[]> {
    const rows = await reportsSince(this.db, context.providerId, since, 50);
    return rows.flatMap((row) =>
      localizeReportMessages(row.messages as ValidationMessage[], language).map((message) => ({
        ...message,
        at: new Date(row.received_at).toISOString(),
        reportId: row.id,
        idempotencyKey: row.idempotency_key,
        period: row.period,
      })),
    );
  }
}

export function toReportAnswer(
  row: Pick<
    ReportRow,
    | 'id'
    | 'idempotency_key'
    | 'state'
    | 'received_at'
    | 'type'
    | 'period'
    | 'line_count'
    | 'accepted_lines'
    | 'messages'
  >,
  language: Language,
): ReportAnswer {
  return {
    reportId: row.id,
    idempotencyKey: row.idempotency_key,
    state: row.state,
    receivedAt: new Date(row.received_at).toISOString(),
    type: row.type as ReportAnswer['type'],
    period: row.period,
    lineCount: row.line_count,
    acceptedLines: row.accepted_lines,
    messages: localizeReportMessages(row.messages as ValidationMessage[], language),
  };
}
