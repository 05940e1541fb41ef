import type { Command } from 'commander';
import { print, runWithDesktop } from './cli-context';
import { say } from './cli-messages';

export function registerActivateCommand(program: Command): void {
  program
    .command('activate')
    .description('Administrare / Activare: activează aplicația cu seria de licență (cheia de activare)')
    .requiredOption('--serial <key>', 'seria de licență: 4 grupe de câte 5 caractere')
    .requiredOption('--house <code>', 'casa de asigurări, de exemplu CAS-AB')
    .option('--reactivate', 'Reactivare bază de date curentă: păstrează datele locale', false)
    .option('--new-database', 'începe o bază de date goală (datele locale existente se arhivează)', false)
    .option(
      '--ca <file>',
      'certificatul PEM al autorității care a emis certificatul HTTPS al serverului SIUI, crezut pe lângă ' +
        'autoritățile publice (reținut pentru activările următoare) / the PEM CA certificate that issued the ' +
        'SIUI server’s HTTPS certificate, trusted besides the public roots (kept for later activations)',
    )
    .action(
      async (
        options: { serial: string; house: string; reactivate: boolean; newDatabase: boolean; ca?: string },
        command: Command,
      ) =>
        runWithDesktop(command, async (desktop, global) => {
          const outcome = await desktop.activation.activate({
            licenseSerial: options.serial,
            insuranceHouse: options.house,
            reactivate: options.reactivate,
            newDatabase: options.newDatabase,
            ...(global.serverUrl ? { serverUrl: global.serverUrl } : {}),
            ...(options.ca ? { caFile: options.ca } : {}),
          });
          const { provider, house } = outcome.activation;
          const language = global.language;
          print(
            say('ACTIVATED', language, {
              name: provider.name,
              code: provider.code,
              fiscalCode: provider.fiscalCode,
              house: house.name,
            }),
          );
          if (outcome.localData === 'FIRST')
            print(say('ACTIVATED_FIRST', language, { dataDir: desktop.dataDir }));
          if (outcome.localData === 'KEPT') print(say('ACTIVATED_KEPT', language));
          if (outcome.localData === 'NEW')
            print(say('ACTIVATED_NEW', language, { file: outcome.archiveFile ?? '' }));
        }),
    );
}
