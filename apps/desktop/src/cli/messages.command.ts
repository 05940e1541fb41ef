import type { Command } from 'commander';
import { print, runWithDesktop } from './cli-context';
import { localDateTime, say } from './cli-messages';
import { formatStoredMessage } from './send.command';

export function registerMessagesCommand(program: Command): void {
  program
    .command('messages')
    .description('ultimele mesaje de validare primite de la SIUI (din baza de date locală)')
    .option('--limit <count>', 'câte mesaje', '20')
    .action(async (options: { limit: string }, command: Command) =>
      runWithDesktop(command, (desktop, global) => {
        const limit = Math.min(Math.max(Number.parseInt(options.limit, 10) || 20, 1), 1_000);
        const messages = desktop.messages.latest(limit);
        if (messages.length === 0) print(say('NO_MESSAGES', global.language));
        for (const message of messages) {
          print(
            `${localDateTime(message.receivedAt)}  ${message.period}  ${formatStoredMessage(message, global.language)}`,
          );
        }
      }),
    );
}
