import type { FastifyInstance } from 'fastify';
import type { Desktop } from '../../desktop';

/** *Conectare* / *Deconectare*: the attempt runs on; the status bar follows it through /api/status. */
export function connectionRoutes(app: FastifyInstance, desktop: Desktop): void {
  app.post('/api/connection/connect', async () => {
    desktop.settings.set('auto_connect', 'true');
    void desktop.connection.connect({ keepAlive: true });
    return desktop.connection.status();
  });

  app.post('/api/connection/disconnect', async () => {
    desktop.settings.set('auto_connect', 'false');
    desktop.connection.disconnect();
    return desktop.connection.status();
  });

  app.get('/api/connection/log', async () => desktop.connectionLog.latest(50));
}
