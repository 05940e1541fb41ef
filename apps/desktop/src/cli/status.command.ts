import type { Command } from 'commander';
import { print, runWithDesktop } from './cli-context';
import { CONNECTION_EVENT_LABELS, localDate, localDateTime, say } from './cli-messages';

export function registerStatusCommand(program: Command): void {
  program
    .command('status')
    .description('starea aplicației: activare, certificat, coada de trimitere, ultima conexiune (fără rețea)')
    .action(async (_options: unknown, command: Command) =>
      runWithDesktop(command, (desktop, global) => {
        const language = global.language;
        print(say('STATUS_DATA_DIR', language, { dataDir: desktop.dataDir }));
        const activation = desktop.activation.current();
        if (!activation) {
          print(say('NOT_ACTIVATED', language));
        } else {
          print(
            say('STATUS_PROVIDER', language, {
              name: activation.provider.name,
              code: activation.provider.code,
              fiscalCode: activation.provider.fiscalCode,
              house: activation.house.name,
            }),
          );
          print(
            say('STATUS_SERVER', language, {
              server: activation.serverUrl,
              online: activation.online?.url ?? '—',
            }),
          );
          print(say('STATUS_ACTIVATED_AT', language, { date: localDateTime(activation.activatedAt) }));
        }
        const certificate = desktop.certificates.current();
        print(
          certificate
            ? say('STATUS_CERTIFICATE', language, {
                subject: certificate.subject,
                date: localDate(certificate.notAfter),
              })
            : say('STATUS_NO_CERTIFICATE', language),
        );
        print(say('STATUS_OUTBOX', language, { count: desktop.reports.outboxCount() }));
        // CONNECT/DISCONNECT only frame an attempt; its outcome is what a person wants to know.
        const last = desktop.connectionLog.latest(50).find((entry) => entry.event in CONNECTION_EVENT_LABELS);
        if (last) {
          const label = CONNECTION_EVENT_LABELS[last.event as keyof typeof CONNECTION_EVENT_LABELS][language];
          print(
            say('STATUS_LAST_CONNECTION', language, {
              date: localDateTime(last.at),
              event: label,
              detail: [last.code, last.message].filter(Boolean).join(' — '),
            }),
          );
        }
      }),
    );
}
