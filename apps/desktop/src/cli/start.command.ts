import type { Command } from 'commander';
import { openDesktop } from '../desktop';
import { claimInstance, requestLaunchUrl, runningInstance } from '../local-server/instance-lock';
import { startLocalServer } from '../local-server/local-server';
import { openAppWindow } from '../local-server/open-app-window';
import { buildUiIfStale } from '../local-server/ui-build';
import { globalOptions, print } from './cli-context';
import { say } from './cli-messages';

export function registerStartCommand(program: Command): void {
  program
    .command('start', { isDefault: true })
    .description('pornește aplicația: serverul local și fereastra aplicației (implicit)')
    .option('--no-open', 'nu deschide fereastra (doar afișează adresa)')
    .option('--port <port>', 'portul local (implicit: unul liber)', '0')
    .action(async (options: { open: boolean; port: string }, command: Command) => {
      const global = globalOptions(command);
      const running = runningInstance(global.dataDir);
      const runningUrl = running && (await requestLaunchUrl(running));
      if (running && runningUrl) {
        print(say('ALREADY_RUNNING', global.language, { pid: running.pid }));
        if (!options.open || !openAppWindow(runningUrl, global.dataDir)) print(runningUrl);
        return;
      }
      buildUiIfStale();
      const desktop = openDesktop({ dataDir: global.dataDir });
      const server = await startLocalServer(desktop, {
        port: Number.parseInt(options.port, 10) || 0,
        ...(global.serverUrl ? { serverUrl: global.serverUrl } : {}),
      });
      const release = claimInstance(global.dataDir, server);
      // Each launch URL opens one window: the one printed is the one to open by hand (--no-open, or
      // no browser found); a window that opened leaves the terminal only the plain address.
      const launchUrl = server.launchUrl();
      const opened = options.open && openAppWindow(launchUrl, global.dataDir);
      print(
        say('LOCAL_URL', global.language, { url: opened ? `http://127.0.0.1:${server.port}/` : launchUrl }),
      );
      if (!opened) print(say('OPEN_MANUALLY', global.language));
      // The user pressed *Conectare* last time and did not disconnect: carry on where they left.
      if (desktop.settings.get('auto_connect') === 'true')
        void desktop.connection.connect({ keepAlive: true });

      const shutdown = async () => {
        release();
        await server.close();
        desktop.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void shutdown());
      process.once('SIGTERM', () => void shutdown());
    });
}
