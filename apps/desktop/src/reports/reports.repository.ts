import type { ProviderCategory, ReportAnswer, ReportLine, ReportState } from '@siui/core';
import type { LocalReport, ReportStatus } from '../local-api/local-api.types';
import type { DesktopDatabase } from '../storage/database';

export type { LocalReport, ReportStatus };

interface ReportRow {
  id: string;
  idempotency_key: string;
  type: string;
  period: string;
  lines: string;
  status: ReportStatus;
  created_at: string;
  updated_at: string;
  queued_at: string | null;
  sent_at: string | null;
  attempts: number;
  siui_report_id: string | null;
  siui_state: ReportState | null;
  accepted_lines: number | null;
  last_error_code: string | null;
  last_error_message: string | null;
}

export class ReportsRepository {
  constructor(private readonly db: DesktopDatabase) {}

  insert(
    report: Pick<LocalReport, 'id' | 'idempotencyKey' | 'type' | 'period' | 'lines' | 'createdAt'>,
  ): void {
    this.db
      .prepare(
        `INSERT INTO reports (id, idempotency_key, type, period, lines, status, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, 'DRAFT', ?, ?)`,
      )
      .run(
        report.id,
        report.idempotencyKey,
        report.type,
        report.period,
        JSON.stringify(report.lines),
        report.createdAt,
        report.createdAt,
      );
  }

  find(id: string): LocalReport | undefined {
    const row = this.db.prepare('SELECT * FROM reports WHERE id = ?').get(id) as ReportRow | undefined;
    return row ? fromRow(row) : undefined;
  }

  findByIdempotencyKey(key: string): LocalReport | undefined {
    const row = this.db.prepare('SELECT * FROM reports WHERE idempotency_key = ?').get(key) as
      | ReportRow
      | undefined;
    return row ? fromRow(row) : undefined;
  }

  list(): LocalReport[] {
    const rows = this.db.prepare('SELECT * FROM reports ORDER BY created_at DESC, id').all() as ReportRow[];
    return rows.map(fromRow);
  }

  updateDraft(id: string, changes: { period: string; lines: ReportLine[]; updatedAt: string }): boolean {
    const result = this.db
      .prepare(`UPDATE reports SET period = ?, lines = ?, updated_at = ? WHERE id = ? AND status = 'DRAFT'`)
      .run(changes.period, JSON.stringify(changes.lines), changes.updatedAt, id);
    return result.changes === 1;
  }

  deleteDraft(id: string): boolean {
    return this.db.prepare(`DELETE FROM reports WHERE id = ? AND status = 'DRAFT'`).run(id).changes === 1;
  }

  /** DRAFT → OUTBOX. From here on the report is only ever delivered, never edited. */
  queue(id: string, at: string): boolean {
    const result = this.db
      .prepare(
        `UPDATE reports SET status = 'OUTBOX', queued_at = ?, updated_at = ? WHERE id = ? AND status = 'DRAFT'`,
      )
      .run(at, at, id);
    return result.changes === 1;
  }

  /** The oldest report waiting in the outbox. */
  nextInOutbox(after: readonly string[] = []): LocalReport | undefined {
    const rows = this.db
      .prepare(`SELECT * FROM reports WHERE status = 'OUTBOX' ORDER BY queued_at, id`)
      .all() as ReportRow[];
    const row = rows.find((candidate) => !after.includes(candidate.id));
    return row ? fromRow(row) : undefined;
  }

  outboxCount(): number {
    return (
      this.db.prepare(`SELECT count(*) AS n FROM reports WHERE status = 'OUTBOX'`).get() as { n: number }
    ).n;
  }

  recordAttempt(id: string, error: { code: string; message: string } | null, at: string): void {
    this.db
      .prepare(
        `UPDATE reports SET attempts = attempts + 1, last_error_code = ?, last_error_message = ?, updated_at = ?
          WHERE id = ?`,
      )
      .run(error?.code ?? null, error?.message ?? null, at, id);
  }

  markSent(id: string, answer: ReportAnswer, at: string): void {
    this.db
      .prepare(
        `UPDATE reports SET status = 'SENT', sent_at = coalesce(sent_at, ?), siui_report_id = ?, siui_state = ?,
           accepted_lines = ?, last_error_code = NULL, last_error_message = NULL, updated_at = ?
          WHERE id = ?`,
      )
      .run(at, answer.reportId, answer.state, answer.acceptedLines, at, id);
  }

  markRejected(id: string, error: { code: string; message: string }, at: string): void {
    this.db
      .prepare(
        `UPDATE reports SET status = 'REJECTED', last_error_code = ?, last_error_message = ?, updated_at = ?
          WHERE id = ? AND status = 'OUTBOX'`,
      )
      .run(error.code, error.message, at, id);
  }
}

function fromRow(row: ReportRow): LocalReport {
  return {
    id: row.id,
    idempotencyKey: row.idempotency_key,
    type: row.type as ProviderCategory,
    period: row.period,
    lines: JSON.parse(row.lines) as ReportLine[],
    status: row.status,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    queuedAt: row.queued_at,
    sentAt: row.sent_at,
    attempts: row.attempts,
    siui:
      row.siui_report_id && row.siui_state
        ? { reportId: row.siui_report_id, state: row.siui_state, acceptedLines: row.accepted_lines ?? 0 }
        : null,
    lastError:
      row.last_error_code !== null
        ? { code: row.last_error_code, message: row.last_error_message ?? '' }
        : null,
  };
}
