import fs from 'node:fs';
import type { Command } from 'commander';
import type { CertificateSummary } from '../certificate/certificate-summary';
import type { Language } from '../config/language';
import { DesktopError } from '../errors/desktop-error';
import { print, runWithDesktop } from './cli-context';
import { localDate, say } from './cli-messages';

export function registerCertCommand(program: Command): void {
  const cert = program.command('cert').description('Administrare / Certificat digital');
  cert
    .command('import')
    .description(
      'importă certificatul furnizorului: FIȘIER.p12/.pfx cu --password, sau --cert C.pem --key K.pem',
    )
    .argument('[file]', 'fișierul PKCS#12 (.p12/.pfx)')
    .option(
      '--password <password>',
      'parola fișierului .p12 sau a cheii PEM (sau variabila SIUI_CERT_PASSWORD)',
    )
    .option('--cert <file>', 'certificatul în format PEM')
    .option('--key <file>', 'cheia privată în format PEM')
    .action(
      async (
        file: string | undefined,
        options: { password?: string; cert?: string; key?: string },
        command: Command,
      ) =>
        runWithDesktop(command, (desktop, global) => {
          const password = options.password ?? process.env.SIUI_CERT_PASSWORD ?? '';
          let summary: CertificateSummary;
          if (options.cert) {
            // Without --key, the certificate file is expected to hold the key too.
            summary = desktop.certificates.importPem(
              readText(options.cert),
              readText(options.key ?? options.cert),
              password,
            );
          } else if (file) {
            summary = desktop.certificates.importFile(readBytes(file), password);
          } else {
            throw new DesktopError('CERTIFICATE_FILE_MISSING');
          }
          printCertificate(summary, global.language);
        }),
    );
}

export function printCertificate(summary: CertificateSummary, language: Language): void {
  print(say('CERTIFICATE_IMPORTED', language, { subject: summary.subject }));
  print(say('CERTIFICATE_ISSUER', language, { issuer: summary.issuer }));
  print(say('CERTIFICATE_SERIAL', language, { serial: summary.serialNumber }));
  print(
    say('CERTIFICATE_VALIDITY', language, {
      from: localDate(summary.notBefore),
      to: localDate(summary.notAfter),
    }),
  );
  if (summary.warning === 'EXPIRES_SOON') {
    print(
      say('CERTIFICATE_EXPIRES_SOON', language, {
        days: summary.daysLeft,
        date: localDate(summary.notAfter),
      }),
    );
  } else if (summary.warning === 'EXPIRED') {
    print(say('CERTIFICATE_EXPIRED', language, { date: localDate(summary.notAfter) }));
  } else if (summary.warning === 'NOT_YET_VALID') {
    print(say('CERTIFICATE_NOT_YET_VALID', language, { date: localDate(summary.notBefore) }));
  }
}

function readBytes(file: string): Uint8Array {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    throw new DesktopError('FILE_NOT_FOUND', { file }, { cause: error });
  }
}

function readText(file: string): string {
  return Buffer.from(readBytes(file)).toString('utf8');
}
