import type { TLSSocket } from 'node:tls';
import type { OnlineEndpoint } from '@siui/core';
import Fastify, { type FastifyInstance, LogController } from 'fastify';
import { serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../../config';
import type { Database } from '../../db/database';
import { installErrorHandlers } from '../../http/error-handler';
import { zodValidatorCompiler } from '../../http/validation';
import { loggerOptions, logsRequests } from '../../logger';
import type { KeyHasher } from '../activation-keys/key-hasher';
import { TRUST_CHANGED_CHANNEL } from '../issuing-authorities/issuing-authorities.service';
import { ReportsService } from '../reports/reports.service';
import { loadGatewayTlsIdentity } from './gateway-tls-identity';
import { MAX_REPORT_BYTES, onlineRoutes } from './online.routes';
import { OnlineSessionService } from './online-session.service';
import { presentedCertificate } from './presented-certificate';
import { TrustStore } from './trust-store';
import { UpstreamOcspChecker } from './upstream-ocsp';

export interface OnlineGateway {
  app: FastifyInstance;
  endpoint(): OnlineEndpoint | null;
  /** Re-reads the active authorities, swaps the TLS context and closes connections under removed CAs. */
  reloadTrust(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The mutual-TLS listener (seed 3.2). The handshake asks every client for its certificate but
 * admits any, so that a refusal can carry a reason a person can act on; each request is then judged
 * by OnlineSessionService against the database.
 */
export async function startOnlineGateway(options: {
  config: Config;
  database: Database;
  hasher: KeyHasher;
  clock?: () => Date;
  upstream?: UpstreamOcspChecker;
  logStream?: NodeJS.WritableStream;
}): Promise<OnlineGateway> {
  const { config, database } = options;
  const identity = await loadGatewayTlsIdentity({
    dataDir: config.dataDir,
    certificateFile: config.online.tlsCertFile,
    keyFile: config.online.tlsKeyFile,
  });
  const trust = new TrustStore(database.db);
  await trust.reload();
  const tlsOptions = (ca: string[]) => ({
    key: identity.keyPem,
    cert: identity.certificatePem,
    ...(ca.length > 0 ? { ca } : {}),
  });
  const app = Fastify({
    logger: loggerOptions(config, options.logStream),
    logController: new LogController({ disableRequestLogging: !logsRequests(config) }),
    // Never SIUI_TRUST_PROXY here: mutual TLS ends at this process, so no proxy stands in front
    // and the TCP peer is the provider; a header must not choose the address the log keeps.
    trustProxy: false,
    bodyLimit: MAX_REPORT_BYTES,
    https: {
      ...tlsOptions(trust.caPems()),
      requestCert: true,
      rejectUnauthorized: false,
      minVersion: 'TLSv1.2',
    },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandlers(app);

  const upstream = options.upstream ?? new UpstreamOcspChecker({ timeoutMs: 3_000 });
  const sessions = new OnlineSessionService(
    database.db,
    options.hasher,
    trust,
    upstream,
    options.clock,
    config.onlineThrottle,
    app.log,
  );
  await app.register(onlineRoutes, {
    sessions,
    reports: new ReportsService(database.db, options.clock),
    db: database.db,
  });

  const sockets = new Set<TLSSocket>();
  app.server.on('secureConnection', (socket: TLSSocket) => {
    // The certificate must not change under a connection whose certificate was already judged.
    socket.disableRenegotiation();
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });

  const reloadTrust = async () => {
    await trust.reload();
    upstream.forget();
    (app.server as unknown as { setSecureContext(options: object): void }).setSecureContext(
      tlsOptions(trust.caPems()),
    );
    for (const socket of sockets) {
      const certificate = presentedCertificate(socket);
      if (certificate && !(await trust.issuerOf(certificate))) socket.destroy();
    }
  };
  const unlisten = await database.listen(TRUST_CHANGED_CHANNEL, () => {
    reloadTrust().catch((error: unknown) => app.log.error({ err: error }, 'trust reload failed'));
  });

  await app.listen({ host: config.online.host, port: config.online.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.online.port;
  const host = config.online.host.includes(':') ? `[${config.online.host}]` : config.online.host;
  const endpoint: OnlineEndpoint = {
    url: config.online.publicUrl ?? `https://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
    tlsCertificateSha256: identity.sha256Fingerprint,
    tlsCertificatePem: identity.certificatePem,
  };
  return {
    app,
    endpoint: () => endpoint,
    reloadTrust,
    async close() {
      await unlisten();
      for (const socket of sockets) socket.destroy();
      await app.close();
    },
  };
}
