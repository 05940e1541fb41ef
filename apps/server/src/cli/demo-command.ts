import type { Command } from 'commander';
import { buildApp } from '../app';
import { ensureAdministrator } from '../bootstrap-admin';
import { createDemoScene, DemoRefusedError, type DemoSummary } from '../demo/demo-scene';
import { loadKeyHasher } from '../modules/activation-keys/key-hasher';
import { openConfiguredDatabase } from '../server';
import { CliError, runCommand } from './cli-support';

const SITUATIONS: Record<string, string> = {
  ready: 'cheie generată, certificat înregistrat — gata pentru aplicația desktop',
  'certificate-to-register':
    'cheie generată; certificatul trebuie adăugat în Certificate utilizatori (pasul 2.2.2)',
  'no-key': 'fără cheie de activare — apăsați „Generare parolă” (pasul 2.1)',
  suspended: 'certificat înregistrat și SUSPENDAT',
  'revoked-at-issuer': 'certificat revocat de autoritatea emitentă (OCSP)',
};

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('creează scena demo (case, personal, furnizori, chei, certificate) / creates the demo scene')
    .option('--force', 'și într-o bază de date care are deja date / even in a database that has data')
    .action((options: { force?: boolean }) =>
      runCommand(async (config) => {
        const database = await openConfiguredDatabase(config);
        try {
          await ensureAdministrator(database.db, config.adminPassword);
          const hasher = loadKeyHasher(config);
          const app = await buildApp({
            config: { ...config, logLevel: 'warn' },
            database,
            keyHasher: hasher,
          });
          try {
            const summary = await createDemoScene(
              { config, database, app, hasher },
              { force: options.force === true },
            );
            process.stdout.write(describe(summary));
          } catch (error) {
            if (error instanceof DemoRefusedError) throw new CliError(error.message, 3);
            throw error;
          } finally {
            await app.close();
          }
        } finally {
          await database.close();
        }
        return 0;
      }),
    );
}

function describe(summary: DemoSummary): string {
  const lines = [
    '',
    'Scena demo SIUI Cert a fost creată. / The SIUI Cert demo scene was created.',
    '',
    `Fișiere / files: ${summary.directory}`,
    '',
    `Personal (consola, după \`npm start\`, la ${summary.consoleUrl}):`,
    ...summary.staff.map(
      (member) =>
        `  ${member.username.padEnd(15)} parola ${member.password}  ${member.house.padEnd(7)} ${member.role}`,
    ),
    '',
    'Furnizori:',
  ];
  for (const provider of summary.providers) {
    lines.push(
      `  ${provider.code}  ${provider.name} (${provider.house}, CUI ${provider.fiscalCode}, ${provider.category})`,
    );
    lines.push(`      ${SITUATIONS[provider.situation]}`);
    lines.push(
      provider.key
        ? `      utilizator extern: ${provider.fiscalCode}_${provider.house}`
        : `      utilizator extern: ${provider.fiscalCode}_${provider.house} (se creează la Generare parolă)`,
    );
    if (provider.key) lines.push(`      cheie de activare: ${provider.key}   (convenția: ${provider.pdf})`);
    if (provider.p12)
      lines.push(`      certificat: ${provider.p12} (parola .p12: demo1234), PEM: ${provider.pem}`);
  }
  const ready = summary.providers.find((provider) => provider.situation === 'ready');
  lines.push(
    '',
    'Pașii următori / next steps:',
    '  1. npm start                      — serverul și consola; autentificare cu operator.alba / ' +
      (summary.staff[1]?.password ?? ''),
    '  2. npm run desktop                — aplicația furnizorului',
    ready
      ? `  3. în aplicație: Administrare / Activare, seria ${ready.key}, casa ${ready.house}; apoi Certificat digital: ${ready.p12} (parola demo1234); Conectare`
      : '',
    '  4. ghidul: docs/ghid-utilizare.md',
    '',
  );
  return `${lines.join('\n')}\n`;
}
