import type { FastifyServerOptions } from 'fastify';
import type { Config } from './config';

// Secrets must never reach a log: cookies, authorization headers, passwords and activation keys
// are redacted wherever they appear in a logged object.
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.licenseSerial',
  '*.activationKey',
  '*.token',
];

export function loggerOptions(
  config: Pick<Config, 'logLevel' | 'production'>,
): FastifyServerOptions['logger'] {
  return {
    level: config.logLevel,
    redact: { paths: REDACTED_PATHS, censor: '[redactat]' },
    ...(config.production || !process.stdout.isTTY
      ? {}
      : {
          transport: {
            target: 'pino-pretty',
            options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' },
          },
        }),
  };
}
