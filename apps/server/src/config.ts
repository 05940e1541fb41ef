import path from 'node:path';
import { z } from 'zod';
import { type HttpTls, readHttpTls } from './config-http-tls';
import { type TrustProxy, trustProxySetting } from './config-trust-proxy';

// Settings come only from the environment (the table in DESIGN.md / README). They are validated once
// at start, and a bad value stops the server with a message naming the variable.

const port = z.coerce.number().int().min(0).max(65_535);
const durationSeconds = z.coerce.number().int().min(1);

const environmentSchema = z.object({
  SIUI_DATA_DIR: z.string().min(1).default('./data'),
  SIUI_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  SIUI_HTTP_HOST: z.string().min(1).default('127.0.0.1'),
  SIUI_HTTP_PORT: port.default(8080),
  SIUI_HTTP_TLS_CERT: z.string().min(1).optional(),
  SIUI_HTTP_TLS_KEY: z.string().min(1).optional(),
  SIUI_ONLINE_HOST: z.string().min(1).optional(),
  SIUI_ONLINE_PORT: port.default(8443),
  SIUI_ONLINE_PUBLIC_URL: z.url({ protocol: /^https$/ }).optional(),
  SIUI_ADMIN_PASSWORD: z.string().min(1).optional(),
  SIUI_KEY_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  SIUI_TLS_CERT: z.string().min(1).optional(),
  SIUI_TLS_KEY: z.string().min(1).optional(),
  SIUI_OCSP_SIGNER_CERT: z.string().min(1).optional(),
  SIUI_OCSP_SIGNER_KEY: z.string().min(1).optional(),
  // OCSP per-address rate limit (modules/ocsp/ocsp-rate-limit.ts): tokens a second, bucket size.
  SIUI_OCSP_RATE_PER_SECOND: z.coerce.number().positive().default(100),
  SIUI_OCSP_RATE_BURST: z.coerce.number().int().min(1).default(300),
  SIUI_AUDIT_SIGNING_KEY: z.string().min(1).optional(),
  SIUI_AUDIT_CHECKPOINT_SECONDS: durationSeconds.default(30),
  SIUI_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  SIUI_TRUST_PROXY: trustProxySetting,
  SIUI_SESSION_IDLE_SECONDS: durationSeconds.default(30 * 60),
  SIUI_SESSION_ABSOLUTE_SECONDS: durationSeconds.default(12 * 60 * 60),
  SIUI_LOGIN_MAX_FAILURES_PER_USER: z.coerce.number().int().min(1).default(5),
  SIUI_LOGIN_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(50),
  SIUI_LOGIN_LOCKOUT_SECONDS: durationSeconds.default(15 * 60),
  SIUI_LOGIN_MAX_FAILURES_GLOBAL: z.coerce.number().int().min(1).default(1_000),
  SIUI_ONLINE_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(30),
  SIUI_ONLINE_MAX_FAILURES_PER_USER: z.coerce.number().int().min(1).default(10),
  SIUI_ONLINE_MAX_FAILURES_GLOBAL: z.coerce.number().int().min(1).default(5_000),
  SIUI_ACTIVATION_MAX_FAILURES_GLOBAL: z.coerce.number().int().min(1).default(2_000),
  SIUI_ACTIVATION_MAX_FAILURES_PER_IP: z.coerce.number().int().min(1).default(10),
  SIUI_ACTIVATION_MAX_FAILURES_PER_HOUSE: z.coerce.number().int().min(1).default(200),
  SIUI_ACTIVATION_LOCKOUT_SECONDS: durationSeconds.default(15 * 60),
  SIUI_WEB_DIST: z.string().min(1).optional(),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
});

export interface Config {
  dataDir: string;
  databaseUrl: string | undefined;
  /** `tls` set: the console/API port speaks HTTPS itself (config-http-tls.ts). */
  http: { host: string; port: number; tls?: HttpTls };
  online: {
    host: string;
    port: number;
    /** The address desktops are told to use, when it differs from host:port (behind NAT, DNS name). */
    publicUrl: string | undefined;
    tlsCertFile: string | undefined;
    tlsKeyFile: string | undefined;
  };
  adminPassword: string | undefined;
  /** Files of the OCSP signing identity; generated in the data dir when unset. */
  ocspSigner: { dataDir: string; certificateFile: string | undefined; keyFile: string | undefined };
  /** Per address (an IPv6 client by its /64), per instance; over it the answer is tryLater. */
  ocspRateLimit: { perSecond: number; burst: number };
  keySecret: string | undefined;
  /** Ed25519 key (PKCS#8 PEM file) that signs the chain checkpoints; generated in the data dir when unset. */
  auditSigningKey: string | undefined;
  /** How often the chain heads are signed into the checkpoint file (when something was added). */
  auditCheckpointSeconds: number;
  logLevel: string;
  /** Peers whose X-Forwarded-For is believed, on the staff port only (config-trust-proxy.ts). */
  trustProxy: TrustProxy;
  session: { idleSeconds: number; absoluteSeconds: number };
  loginThrottle: {
    maxFailuresPerUser: number;
    maxFailuresPerIp: number;
    maxFailuresGlobal: number;
    lockoutSeconds: number;
  };
  activationThrottle: {
    maxFailuresPerIp: number;
    maxFailuresPerHouse: number;
    maxFailuresGlobal: number;
    lockoutSeconds: number;
  };
  onlineThrottle: {
    maxFailuresPerIp: number;
    maxFailuresPerUser: number;
    maxFailuresGlobal: number;
    lockoutSeconds: number;
  };
  webDistDir: string;
  production: boolean;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    throw invalid(
      parsed.error.issues.map((issue) => ({ variable: issue.path.join('.'), message: issue.message })),
    );
  }
  const e = parsed.data;
  const httpTls = readHttpTls(e.SIUI_HTTP_TLS_CERT, e.SIUI_HTTP_TLS_KEY);
  if (httpTls.issues.length > 0) throw invalid(httpTls.issues);
  const dataDir = path.resolve(e.SIUI_DATA_DIR);
  return {
    dataDir,
    databaseUrl: e.SIUI_DATABASE_URL,
    http: { host: e.SIUI_HTTP_HOST, port: e.SIUI_HTTP_PORT, ...(httpTls.tls ? { tls: httpTls.tls } : {}) },
    online: {
      host: e.SIUI_ONLINE_HOST ?? e.SIUI_HTTP_HOST,
      port: e.SIUI_ONLINE_PORT,
      publicUrl: e.SIUI_ONLINE_PUBLIC_URL,
      tlsCertFile: e.SIUI_TLS_CERT,
      tlsKeyFile: e.SIUI_TLS_KEY,
    },
    adminPassword: e.SIUI_ADMIN_PASSWORD,
    ocspSigner: { dataDir, certificateFile: e.SIUI_OCSP_SIGNER_CERT, keyFile: e.SIUI_OCSP_SIGNER_KEY },
    ocspRateLimit: { perSecond: e.SIUI_OCSP_RATE_PER_SECOND, burst: e.SIUI_OCSP_RATE_BURST },
    keySecret: e.SIUI_KEY_SECRET,
    auditSigningKey:
      e.SIUI_AUDIT_SIGNING_KEY === undefined ? undefined : path.resolve(e.SIUI_AUDIT_SIGNING_KEY),
    auditCheckpointSeconds: e.SIUI_AUDIT_CHECKPOINT_SECONDS,
    logLevel: e.SIUI_LOG_LEVEL ?? (e.NODE_ENV === 'production' ? 'warn' : 'info'),
    trustProxy: e.SIUI_TRUST_PROXY,
    session: { idleSeconds: e.SIUI_SESSION_IDLE_SECONDS, absoluteSeconds: e.SIUI_SESSION_ABSOLUTE_SECONDS },
    loginThrottle: {
      maxFailuresPerUser: e.SIUI_LOGIN_MAX_FAILURES_PER_USER,
      maxFailuresPerIp: e.SIUI_LOGIN_MAX_FAILURES_PER_IP,
      maxFailuresGlobal: e.SIUI_LOGIN_MAX_FAILURES_GLOBAL,
      lockoutSeconds: e.SIUI_LOGIN_LOCKOUT_SECONDS,
    },
    onlineThrottle: {
      maxFailuresPerIp: e.SIUI_ONLINE_MAX_FAILURES_PER_IP,
      maxFailuresPerUser: e.SIUI_ONLINE_MAX_FAILURES_PER_USER,
      maxFailuresGlobal: e.SIUI_ONLINE_MAX_FAILURES_GLOBAL,
      lockoutSeconds: e.SIUI_LOGIN_LOCKOUT_SECONDS,
    },
    activationThrottle: {
      maxFailuresPerIp: e.SIUI_ACTIVATION_MAX_FAILURES_PER_IP,
      maxFailuresPerHouse: e.SIUI_ACTIVATION_MAX_FAILURES_PER_HOUSE,
      maxFailuresGlobal: e.SIUI_ACTIVATION_MAX_FAILURES_GLOBAL,
      lockoutSeconds: e.SIUI_ACTIVATION_LOCKOUT_SECONDS,
    },
    webDistDir: path.resolve(e.SIUI_WEB_DIST ?? defaultWebDist()),
    production: e.NODE_ENV === 'production',
  };
}

function invalid(issues: { variable: string; message: string }[]): ConfigError {
  const lines = issues.map((issue) => `  ${issue.variable}: ${issue.message}`);
  return new ConfigError(`Configurație invalidă / invalid configuration:\n${lines.join('\n')}`);
}

function defaultWebDist(): string {
  return path.join(import.meta.dirname, '../../web/dist');
}
