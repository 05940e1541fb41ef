import type { FastifyServerOptions } from 'fastify';
import type { Config } from './config';

// Secrets must never reach a log: cookies, authorization headers, passwords and activation keys
// are redacted wherever they appear in a logged object.
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-siui-session"]',
  'res.headers["x-siui-session"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.licenseSerial',
  '*.activationKey',
  '*.token',
];

export function loggerOptions(
  config: Pick<Config, 'logLevel' | 'production'>,
  stream?: NodeJS.WritableStream,
): FastifyServerOptions['logger'] {
  return {
    level: config.logLevel,
    redact: { paths: REDACTED_PATHS, censor: '[redactat]' },
    // At trace level requests are logged with their headers (to debug clients); secrets stay redacted.
    ...(config.logLevel === 'trace'
      ? {
          serializers: {
            req: (request: { method: string; url: string; headers: Record<string, unknown> }) => ({
              method: request.method,
              url: request.url,
              headers: request.headers,
            }),
          },
        }
      : {}),
    ...(stream ? { stream } : {}),
    ...(stream || config.production || !process.stdout.isTTY
      ? {}
      : {
          transport: {
            target: 'pino-pretty',
            options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' },
          },
        }),
  };
}

/** Request lines cost more than an OCSP answer: logged only when tracing. */
export function logsRequests(config: Pick<Config, 'logLevel'>): boolean {
  return config.logLevel === 'trace';
}
