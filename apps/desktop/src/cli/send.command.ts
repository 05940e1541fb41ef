import fs from 'node:fs';
import { formatMessage, type Language } from '@siui/core';
import type { Command } from 'commander';
import { DesktopError } from '../errors/desktop-error';
import type { StoredMessage } from '../messages/validation-messages.repository';
import { parseReportFile } from '../reports/report-input';
import type { ReportDetail } from '../reports/reports.service';
import { CommandFailure, print, runWithDesktop } from './cli-context';
import { SEVERITY_LABELS, SIUI_STATE_LABELS, say } from './cli-messages';

export function registerSendCommand(program: Command): void {
  program
    .command('send')
    .description('trimite o raportare (fișier JSON); fără conexiune, o pune în coada de trimitere')
    .argument(
      '<report>',
      'fișierul JSON: {"period":"AAAA-LL","lines":[{"cnp","serviceCode","date","quantity"}]}',
    )
    .action(async (file: string, _options: unknown, command: Command) =>
      runWithDesktop(command, async (desktop, global) => {
        const language = global.language;
        let text: string;
        try {
          text = fs.readFileSync(file, 'utf8');
        } catch (error) {
          throw new DesktopError('FILE_NOT_FOUND', { file }, { cause: error });
        }
        const created = desktop.reports.create(parseReportFile(text));
        if (created.status === 'SENT') {
          print(alreadySent(created, language));
          return;
        }
        const errors = created.precheck.filter((message) => message.severity === 'error').length;
        print(say('PRECHECK', language, { errors, warnings: created.precheck.length - errors }));
        // Stored in the outbox before any network traffic: a crash from here on loses nothing.
        desktop.reports.queue(created.id);
        const status = await desktop.connection.connect({ keepAlive: false });
        const report = desktop.reports.get(created.id);
        desktop.connection.disconnect();
        if (report.status === 'SENT' && report.siui) {
          print(
            say('REPORT_SENT', language, {
              period: report.period,
              state: SIUI_STATE_LABELS[report.siui.state][language],
              accepted: report.siui.acceptedLines,
              total: report.lines.length,
            }),
          );
          for (const message of report.messages) print(`  ${formatStoredMessage(message, language)}`);
          return;
        }
        if (report.status === 'REJECTED') {
          throw new CommandFailure(
            say('REPORT_REJECTED', language, {
              period: report.period,
              reason: report.lastError?.message ?? '',
            }),
          );
        }
        if (status.phase === 'OFFLINE') {
          print(say('REPORT_QUEUED_OFFLINE', language, { reason: status.message, period: report.period }));
          return;
        }
        throw new CommandFailure(
          say('REPORT_LEFT_IN_OUTBOX', language, { reason: status.message, period: report.period }),
        );
      }),
    );
}

function alreadySent(report: ReportDetail, language: Language): string {
  return say('REPORT_ALREADY_SENT', language, {
    period: report.period,
    key: report.idempotencyKey,
    state: report.siui ? SIUI_STATE_LABELS[report.siui.state][language] : '',
  });
}

export function formatStoredMessage(message: StoredMessage, language: Language): string {
  const line =
    message.line === null
      ? ''
      : formatMessage({ ro: 'linia {line}', en: 'line {line}' }, language, { line: message.line });
  return [SEVERITY_LABELS[message.severity][language], message.code, line, message.message]
    .filter(Boolean)
    .join(' · ');
}
