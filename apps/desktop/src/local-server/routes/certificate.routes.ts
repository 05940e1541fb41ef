import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Desktop } from '../../desktop';

const importBodySchema = z.discriminatedUnion('format', [
  z.object({
    format: z.literal('pkcs12'),
    fileBase64: z.string().max(2_000_000),
    password: z.string().max(200),
  }),
  z.object({
    format: z.literal('pem'),
    certificatePem: z.string().max(500_000),
    privateKeyPem: z.string().max(100_000),
    password: z.string().max(200).optional(),
  }),
]);

/** *Administrare / Certificat digital*: the private key comes in once and never goes back out. */
export function certificateRoutes(app: FastifyInstance, desktop: Desktop): void {
  app.get('/api/certificate', async () => desktop.certificates.current());

  app.post('/api/certificate', { bodyLimit: 3 * 1024 * 1024 }, async (request) => {
    const body = importBodySchema.parse(request.body);
    const summary =
      body.format === 'pkcs12'
        ? desktop.certificates.importFile(Buffer.from(body.fileBase64, 'base64'), body.password)
        : desktop.certificates.importPem(body.certificatePem, body.privateKeyPem, body.password);
    if (desktop.settings.get('auto_connect') === 'true') void desktop.connection.connect({ keepAlive: true });
    return summary;
  });
}
