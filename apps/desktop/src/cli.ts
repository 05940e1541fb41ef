import { Command } from 'commander';
import { registerActivateCommand } from './cli/activate.command';
import { registerCertCommand } from './cli/cert.command';
import { registerConnectCommand } from './cli/connect.command';
import { registerMessagesCommand } from './cli/messages.command';
import { registerSendCommand } from './cli/send.command';
import { registerStartCommand } from './cli/start.command';
import { registerStatusCommand } from './cli/status.command';

// `siui-desktop`: the provider's reporting application. Without a command it starts the window;
// the other commands script the same steps on the same local database.

// `siui-desktop status | head`: a reader that stops early is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const program = new Command('siui-desktop')
  .description('SIUI Desktop — aplicația de raportare a furnizorului / the provider’s reporting application')
  .option('--data-dir <dir>', 'directorul bazei de date locale (sau SIUI_DESKTOP_DATA_DIR)')
  .option(
    '--server <url>',
    'adresa serverului SIUI, https://… (http:// numai către 127.0.0.1/localhost); reținută la activare',
  )
  .option('--lang <language>', 'ro (implicit) sau en');

registerStartCommand(program);
registerActivateCommand(program);
registerCertCommand(program);
registerConnectCommand(program);
registerSendCommand(program);
registerMessagesCommand(program);
registerStatusCommand(program);

await program.parseAsync(process.argv);
