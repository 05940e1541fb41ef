import { randomUUID } from 'node:crypto';
import type { Language, Report, ReportAnswer, ValidationMessage } from '@siui/core';
import type { ActivationRepository, LocalActivation } from '../activation/activation.repository';
import { DesktopError } from '../errors/desktop-error';
import type { ReportDetail } from '../local-api/local-api.types';
import type { ValidationMessagesRepository } from '../messages/validation-messages.repository';
import type { NomenclatureRepository } from '../nomenclature/nomenclature.repository';
import type { ReportInput } from './report-input';
import { precheckReport } from './report-precheck';
import type { LocalReport, ReportsRepository } from './reports.repository';

export type { ReportDetail };

/**
 * *Raportări*: drafts, the outbox and what SIUI answered. The idempotency key is chosen when the
 * report is created and never changes, so however often delivery is retried (a crash, a lost
 * answer), SIUI stores the report once and answers the same.
 */
export class ReportsService {
  constructor(
    private readonly repository: ReportsRepository,
    private readonly activations: ActivationRepository,
    private readonly nomenclature: NomenclatureRepository,
    private readonly messages: ValidationMessagesRepository,
    private readonly language: () => Language,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  list(): LocalReport[] {
    return this.repository.list();
  }

  get(id: string): ReportDetail {
    const report = this.repository.find(id);
    if (!report) throw new DesktopError('REPORT_NOT_FOUND');
    return this.detail(report);
  }

  /** A new draft; a file that names an idempotency key already known gives back that report. */
  create(input: ReportInput): ReportDetail {
    const activation = this.activation();
    if (input.idempotencyKey) {
      const existing = this.repository.findByIdempotencyKey(input.idempotencyKey);
      if (existing) return this.detail(existing);
    }
    const id = randomUUID();
    this.repository.insert({
      id,
      idempotencyKey:
        input.idempotencyKey ??
        `${activation.provider.code}-${input.period}-${id}`.replace(/[^A-Za-z0-9._:-]/g, '-'),
      type: input.type ?? activation.provider.category,
      period: input.period,
      lines: input.lines,
      createdAt: this.clock().toISOString(),
    });
    return this.get(id);
  }

  update(id: string, input: ReportInput): ReportDetail {
    if (!this.repository.find(id)) throw new DesktopError('REPORT_NOT_FOUND');
    const changed = this.repository.updateDraft(id, {
      period: input.period,
      lines: input.lines,
      updatedAt: this.clock().toISOString(),
    });
    if (!changed) throw new DesktopError('REPORT_NOT_EDITABLE');
    return this.get(id);
  }

  delete(id: string): void {
    if (!this.repository.deleteDraft(id)) throw new DesktopError('REPORT_NOT_EDITABLE');
  }

  /** The local pre-check of any report (saved or not). */
  precheck(input: ReportInput): ValidationMessage[] {
    const activation = this.activation();
    const report: Report = {
      type: input.type ?? activation.provider.category,
      period: input.period,
      idempotencyKey: input.idempotencyKey ?? 'precheck-only',
      lines: input.lines,
    };
    const codes = this.nomenclature.list(activation.provider.category).map((service) => service.code);
    return precheckReport(report, activation, codes, this.language(), this.clock());
  }

  /** *Trimite*: into the outbox; the connection delivers it now if online, else when it is. */
  queue(id: string): ReportDetail {
    const report = this.repository.find(id);
    if (!report) throw new DesktopError('REPORT_NOT_FOUND');
    if (report.status === 'DRAFT') this.repository.queue(id, this.clock().toISOString());
    return this.get(id);
  }

  outboxCount(): number {
    return this.repository.outboxCount();
  }

  nextInOutbox(skip: readonly string[]): LocalReport | undefined {
    return this.repository.nextInOutbox(skip);
  }

  toWire(report: LocalReport): Report {
    return {
      type: report.type,
      period: report.period,
      idempotencyKey: report.idempotencyKey,
      lines: report.lines,
    };
  }

  recordDelivered(report: LocalReport, answer: ReportAnswer): void {
    const at = this.clock().toISOString();
    this.repository.markSent(report.id, answer, at);
    this.messages.storeAll(
      answer.messages.map((message) => ({
        ...message,
        idempotencyKey: answer.idempotencyKey,
        period: answer.period,
        receivedAt: answer.receivedAt,
      })),
    );
  }

  recordFailedAttempt(report: LocalReport, error: { code: string; message: string }): void {
    this.repository.recordAttempt(report.id, error, this.clock().toISOString());
  }

  /** SIUI refused the request itself (400): retrying would not help, so it leaves the outbox. */
  recordRejected(report: LocalReport, error: { code: string; message: string }): void {
    const at = this.clock().toISOString();
    this.repository.recordAttempt(report.id, error, at);
    this.repository.markRejected(report.id, error, at);
    this.messages.storeAll([
      {
        ...error,
        severity: 'error',
        idempotencyKey: report.idempotencyKey,
        period: report.period,
        receivedAt: at,
      },
    ]);
  }

  private detail(report: LocalReport): ReportDetail {
    const precheck = report.status === 'DRAFT' || report.status === 'OUTBOX' ? this.precheck(report) : [];
    return { ...report, precheck, messages: this.messages.forReport(report.idempotencyKey) };
  }

  private activation(): LocalActivation {
    const activation = this.activations.current();
    if (!activation) throw new DesktopError('NOT_ACTIVATED');
    return activation;
  }
}
