import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Desktop } from '../desktop';
import { installErrorHandler } from './error-handler';
import { forgetLaunchFile } from './launch-file';
import { LocalSecrets } from './launch-secrets';
import { installLocalAccess } from './local-access';
import { activationRoutes } from './routes/activation.routes';
import { certificateRoutes } from './routes/certificate.routes';
import { connectionRoutes } from './routes/connection.routes';
import { messagesRoutes } from './routes/messages.routes';
import { reportsRoutes } from './routes/reports.routes';
import { statusRoutes } from './routes/status.routes';

export const UI_DIRECTORY = path.resolve(import.meta.dirname, '../../dist-ui');

export interface LocalServer {
  app: FastifyInstance;
  /** `http://127.0.0.1:PORT/?k=SECRET`: what an app window opens; a fresh single-use secret each call. */
  launchUrl(): string;
  port: number;
  /** What the lock file keeps, so that a second `start` can ask for a window (instance-lock.ts). */
  control: string;
  close(): Promise<void>;
}

/** A route the local server answers (tests check every one is refused without the cookie). */
export interface LocalRoute {
  method: string;
  url: string;
}

export interface LocalServerOptions {
  /** 0 (default): a free port chosen by the system. */
  port?: number;
  /** The SIUI base URL given on the command line, for the activation wizard. */
  serverUrl?: string;
  uiDirectory?: string;
  secrets?: LocalSecrets;
}

/** Builds the local server without listening (tests use `inject`); `startLocalServer` listens. */
export async function buildLocalServer(
  desktop: Desktop,
  options: Omit<LocalServerOptions, 'port'> & { port: () => number },
): Promise<{ app: FastifyInstance; secrets: LocalSecrets; routes: LocalRoute[] }> {
  const secrets = options.secrets ?? new LocalSecrets();
  const app = Fastify({
    logger: {
      level: process.env.SIUI_DESKTOP_LOG_LEVEL ?? 'warn',
      // At info level each request is logged: a launch URL's secret stays out of the log.
      serializers: {
        req: (request: { method: string; url: string }) => ({
          method: request.method,
          url: request.url.replace(/([?&]k=)[^&]*/g, '$1…'),
        }),
      },
    },
    bodyLimit: 1024 * 1024,
  });
  const routes: LocalRoute[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat())
      if (method !== 'HEAD') routes.push({ method, url: route.url });
  });
  installErrorHandler(app, desktop.language);
  installLocalAccess(app, secrets, {
    port: options.port,
    language: desktop.language,
    onLaunch: (secret) => forgetLaunchFile(desktop.dataDir, secret),
  });
  statusRoutes(app, desktop, options.serverUrl);
  activationRoutes(app, desktop, options.serverUrl);
  certificateRoutes(app, desktop);
  connectionRoutes(app, desktop);
  reportsRoutes(app, desktop);
  messagesRoutes(app, desktop);
  app.all('/api/*', async (_request, reply) =>
    reply.code(404).send({ error: { code: 'NOT_FOUND', message: 'Not found' } }),
  );

  const uiDirectory = options.uiDirectory ?? UI_DIRECTORY;
  if (fs.existsSync(path.join(uiDirectory, 'index.html'))) {
    await app.register(fastifyStatic, { root: uiDirectory, index: 'index.html', wildcard: true });
  } else {
    app.get('/', async (_request, reply) =>
      reply
        .type('text/plain; charset=utf-8')
        .send('Interfața nu este construită: rulați npm run build -w @siui/desktop. / The UI is not built.'),
    );
  }
  return { app, secrets, routes };
}

export async function startLocalServer(
  desktop: Desktop,
  options: LocalServerOptions = {},
): Promise<LocalServer> {
  let port = options.port ?? 0;
  const { port: _requested, ...rest } = options;
  const { app, secrets } = await buildLocalServer(desktop, { ...rest, port: () => port });
  // Loopback only: nothing on the network can reach the provider's data or its certificate.
  await app.listen({ host: '127.0.0.1', port });
  const address = app.server.address();
  port = typeof address === 'object' && address ? address.port : port;
  return {
    app,
    port,
    launchUrl: () => `http://127.0.0.1:${port}/?k=${secrets.mintLaunch()}`,
    control: secrets.control,
    close: () => app.close(),
  };
}
