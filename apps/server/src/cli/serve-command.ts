import type { Command } from 'commander';
import { reportListening, startCluster } from '../cluster';
import { loadConfig } from '../config';
import { startServer } from '../server';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('pornește serverul SIUI (consolă, /api, /ocsp) / starts the SIUI server')
    .action(async () => {
      let config: ReturnType<typeof loadConfig>;
      try {
        config = loadConfig();
      } catch (error) {
        process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
        process.exit(2);
      }
      // SIUI_WORKERS: the primary of a cluster supervises and has nothing more to do here.
      const role = await startCluster(config).catch((error: unknown) => {
        process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
        process.exit(1);
      });
      if (role === 'primary') return;
      const server = await startServer(config).catch((error: unknown) => {
        process.stderr.write(
          `Serverul nu a pornit / the server did not start: ${error instanceof Error ? error.message : String(error)}\n`,
        );
        process.exit(1);
      });
      server.app.log.info(`SIUI Cert: ${server.httpUrl} (${server.database.kind})`);
      if (role === 'worker') reportListening(server);
      else {
        process.stdout.write(
          `SIUI Cert ascultă pe / listens on ${server.httpUrl} (consola, /api, /ocsp) și ${server.onlineUrl} ` +
            `(online, TLS mutual) — baza de date / database: ${server.database.kind}\n`,
        );
      }
      let stopping = false;
      const stop = async (signal: string) => {
        if (stopping) return;
        stopping = true;
        server.app.log.info({ signal }, 'shutting down');
        const forced = setTimeout(() => process.exit(1), 10_000);
        forced.unref();
        await server.close();
        process.exit(0);
      };
      process.on('SIGINT', () => void stop('SIGINT'));
      process.on('SIGTERM', () => void stop('SIGTERM'));
    });
}
