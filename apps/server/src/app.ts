import type http from 'node:http';
import https from 'node:https';
import cookie from '@fastify/cookie';
import type { OnlineEndpoint } from '@siui/core';
import Fastify, { type FastifyInstance, type FastifyReply, LogController } from 'fastify';
import { serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config';
import { fastifyTrustProxy } from './config-trust-proxy';
import type { Database } from './db/database';
import { demoOcspRoutes } from './demo/demo-ocsp.routes';
import { AppError } from './http/app-error';
import { installErrorHandlers, sendError } from './http/error-handler';
import { installOpenApi } from './http/openapi';
import { installSecurity } from './http/security';
import { installStaticConsole } from './http/static-console';
import { zodValidatorCompiler } from './http/validation';
import { loggerOptions, logsRequests } from './logger';
import { activationRoutes } from './modules/activation/activation.routes';
import { ActivationService } from './modules/activation/activation.service';
import { activationKeysRoutes } from './modules/activation-keys/activation-keys.routes';
import { ActivationKeysService } from './modules/activation-keys/activation-keys.service';
import { type KeyHasher, loadKeyHasher } from './modules/activation-keys/key-hasher';
import { auditRoutes } from './modules/audit/audit.routes';
import { authPlugin } from './modules/auth/auth.plugin';
import { authRoutes } from './modules/auth/auth.routes';
import { AuthService } from './modules/auth/auth.service';
import { healthRoutes } from './modules/health/health.routes';
import { insuranceHousesRoutes } from './modules/insurance-houses/insurance-houses.routes';
import { readCheckpointEvidence } from './modules/integrity/checkpoints';
import { integrityRoutes } from './modules/integrity/integrity.routes';
import { issuingAuthoritiesRoutes } from './modules/issuing-authorities/issuing-authorities.routes';
import { IssuingAuthoritiesService } from './modules/issuing-authorities/issuing-authorities.service';
import { ocspRoutes } from './modules/ocsp/ocsp.routes';
import { createOcspResponder, ocspErrorResponse } from './modules/ocsp/ocsp-codec';
import { OcspRateLimiter } from './modules/ocsp/ocsp-rate-limit';
import { OcspResponderService } from './modules/ocsp/ocsp-responder.service';
import { loadResponderIdentity, type ResponderIdentity } from './modules/ocsp/responder-identity';
import { ocspLogRoutes } from './modules/ocsp-log/ocsp-log.routes';
import { providerImportRoutes } from './modules/providers/provider-import.routes';
import { providersRoutes } from './modules/providers/providers.routes';
import { ProvidersService } from './modules/providers/providers.service';
import { staffReportsRoutes } from './modules/reports/reports.routes';
import { rolesRoutes } from './modules/roles/roles.routes';
import { RolesService } from './modules/roles/roles.service';
import { userCertificatesRoutes } from './modules/user-certificates/user-certificates.routes';
import { UserCertificatesService } from './modules/user-certificates/user-certificates.service';
import { usersRoutes } from './modules/users/users.routes';
import { UsersService } from './modules/users/users.service';
import { VERSION } from './version';

/** Every route the application serves (the isolation test checks each one is in its table). */
export interface RegisteredRoute {
  method: string;
  url: string;
  public: boolean;
}

declare module 'fastify' {
  interface FastifyInstance {
    registeredRoutes: RegisteredRoute[];
  }
}

export interface AppDependencies {
  config: Config;
  database: Database;
  clock?: () => Date;
  /** The activation-key HMAC; loaded from the settings when not given. */
  keyHasher?: KeyHasher;
  /** The OCSP signing identity; loaded (or created) in the data directory when not given. */
  responderIdentity?: ResponderIdentity;
  /** The online gateway's address and TLS pin, once it listens (told to activating desktops). */
  onlineEndpoint?: () => OnlineEndpoint | null;
  /** Where the log goes instead of stdout (tests read it back). */
  logStream?: NodeJS.WritableStream;
}

/** The staff/HTTP application: console, /api and (later) /ocsp. Listening is the caller's job. */
export async function buildApp({
  config,
  database,
  clock,
  keyHasher,
  responderIdentity,
  onlineEndpoint,
  logStream,
}: AppDependencies): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(config, logStream),
    // One line per request would cost more than the OCSP answer itself; errors are logged.
    logController: new LogController({ disableRequestLogging: !logsRequests(config) }),
    trustProxy: fastifyTrustProxy(config.trustProxy),
    bodyLimit: 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
    return503OnClosing: true,
    ...(config.http.tls ? { serverFactory: httpsServerFactory(config.http.tls) } : {}),
    frameworkErrors: (error, request, reply) => {
      // A URL that cannot be decoded: OCSP clients get an OCSP error response, others a JSON 400.
      if (request.url.startsWith('/ocsp/')) {
        return (reply as FastifyReply)
          .type('application/ocsp-response')
          .send(Buffer.from(ocspErrorResponse('malformedRequest')));
      }
      return sendError(request, reply, new AppError('VALIDATION_FAILED', { fields: { url: error.message } }));
    },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // The API speaks JSON (and, where declared, files); plain text bodies get a clear 415.
  app.removeContentTypeParser('text/plain');
  acceptEmptyJsonBodies(app);
  installErrorHandlers(app);
  const routes: RegisteredRoute[] = [];
  app.decorate('registeredRoutes', routes);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') routes.push({ method, url: route.url, public: route.config?.public === true });
    }
  });

  await installSecurity(app, { servesTls: config.http.tls !== undefined });
  await app.register(cookie);
  await installOpenApi(app, VERSION);

  const db = database.db;
  const auth = new AuthService(db, config, clock, app.log);
  await app.register(authPlugin, { auth });
  await app.register(healthRoutes, { database });
  await app.register(authRoutes, {
    auth,
    absoluteSessionSeconds: config.session.absoluteSeconds,
    production: config.production,
  });
  await app.register(insuranceHousesRoutes, { db });
  await app.register(rolesRoutes, { roles: new RolesService(db) });
  await app.register(usersRoutes, { users: new UsersService(db, clock) });
  const hasher = keyHasher ?? loadKeyHasher(config);
  await app.register(providersRoutes, { providers: new ProvidersService(db, clock) });
  await app.register(providerImportRoutes, { db, ...(clock ? { clock } : {}) });
  await app.register(activationKeysRoutes, { keys: new ActivationKeysService(db, hasher, clock) });
  await app.register(activationRoutes, {
    activation: new ActivationService(db, hasher, config.activationThrottle, clock, onlineEndpoint, app.log),
    db,
  });
  await app.register(auditRoutes, { db });
  await app.register(issuingAuthoritiesRoutes, { authorities: new IssuingAuthoritiesService(db, clock) });
  await app.register(userCertificatesRoutes, { certificates: new UserCertificatesService(db, clock) });
  await app.register(ocspLogRoutes, { db });
  await app.register(staffReportsRoutes, { db });
  await app.register(integrityRoutes, { db, evidence: () => readCheckpointEvidence(config).evidence });
  const identity = responderIdentity ?? (await loadResponderIdentity(config.ocspSigner));
  const responder = createOcspResponder(identity);
  await app.register(ocspRoutes, {
    service: new OcspResponderService(db, responder, clock),
    responder,
    responderPem: identity.certificatePem,
    notifications: database,
    // The test clock, when given, drives the buckets too: a frozen clock never refills them.
    limiter: new OcspRateLimiter(config.ocspRateLimit, clock ? () => clock().getTime() : undefined),
  });
  await app.register(demoOcspRoutes, { dataDir: config.dataDir });
  await installStaticConsole(app, config.webDistDir);
  return app;
}

/**
 * SIUI_HTTP_TLS_CERT/KEY: the same application behind an HTTPS listener. Through a factory rather
 * than Fastify's `https` option so the instance keeps one type whichever way it listens.
 */
function httpsServerFactory(tls: NonNullable<Config['http']['tls']>) {
  return (handler: http.RequestListener): http.Server =>
    https.createServer({ cert: tls.certificatePem, key: tls.keyPem, minVersion: 'TLSv1.2' }, handler);
}

/**
 * `POST /api/providers/:id/activation-key` has no body; clients often still say it is JSON.
 * Empty JSON bodies are therefore read as "no body"; anything else goes to Fastify's own parser
 * (with its prototype-poisoning protection).
 */
function acceptEmptyJsonBodies(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (body === '') {
      done(null, undefined);
      return;
    }
    parseJson(request, body as string, done);
  });
}
