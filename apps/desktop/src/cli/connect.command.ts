import type { Command } from 'commander';
import { CommandFailure, print, runWithDesktop } from './cli-context';
import { say } from './cli-messages';

export function registerConnectCommand(program: Command): void {
  program
    .command('connect')
    .description(
      'Conectare: deschide sesiunea online, descarcă nomenclatorul și mesajele, trimite coada de trimitere',
    )
    .action(async (_options: unknown, command: Command) =>
      runWithDesktop(command, async (desktop, global) => {
        const before = desktop.reports.outboxCount();
        const status = await desktop.connection.connect({ keepAlive: false });
        if (!desktop.connection.isOnline()) throw new CommandFailure(status.message);
        const provider = desktop.activation.current()?.provider.name ?? '';
        const waiting = desktop.reports.outboxCount();
        print(say('CONNECTED', global.language, { provider }));
        print(say('OUTBOX_DELIVERED', global.language, { count: Math.max(0, before - waiting) }));
        if (waiting > 0) print(say('OUTBOX_WAITING', global.language, { count: waiting }));
        desktop.connection.disconnect();
      }),
    );
}
