import { Command } from 'commander';
import { registerAuditCommands } from './cli/audit-commands';
import { registerDbCommands } from './cli/db-commands';
import { registerDemoCommand } from './cli/demo-command';
import { registerServeCommand } from './cli/serve-command';
import { registerUserCommands } from './cli/user-commands';
import { VERSION } from './version';

const program = new Command()
  .name('siui')
  .description('SIUI Cert — server și unelte de administrare / server and admin tools')
  .version(VERSION);

registerServeCommand(program);
registerDbCommands(program);
registerUserCommands(program);
registerAuditCommands(program);
registerDemoCommand(program);

await program.parseAsync(process.argv);
