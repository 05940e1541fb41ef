import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('configuration', () => {
  it('has the documented defaults', () => {
    const config = loadConfig({});
    expect(config.http).toEqual({ host: '127.0.0.1', port: 8080 });
    expect(config.online.port).toBe(8443);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.dataDir).toMatch(/\/data$/);
  });

  it('names the variable of a bad value', () => {
    expect(() => loadConfig({ SIUI_HTTP_PORT: 'optzeci' })).toThrow(ConfigError);
    expect(() => loadConfig({ SIUI_HTTP_PORT: 'optzeci' })).toThrow(/SIUI_HTTP_PORT/);
    expect(() => loadConfig({ SIUI_DATABASE_URL: 'mysql://x' })).toThrow(
      /SIUI_DATABASE_URL: must start with postgres/,
    );
    expect(() => loadConfig({ SIUI_KEY_SECRET: 'scurt' })).toThrow(/SIUI_KEY_SECRET/);
  });

  it('reads the audit signing key path and the checkpoint period', () => {
    const defaults = loadConfig({});
    expect(defaults.auditSigningKey).toBeUndefined();
    expect(defaults.auditCheckpointSeconds).toBe(30);
    const set = loadConfig({
      SIUI_AUDIT_SIGNING_KEY: 'secrets/audit.pem',
      SIUI_AUDIT_CHECKPOINT_SECONDS: '5',
    });
    expect(set.auditSigningKey).toMatch(/^\/.*secrets\/audit\.pem$/);
    expect(set.auditCheckpointSeconds).toBe(5);
    expect(() => loadConfig({ SIUI_AUDIT_CHECKPOINT_SECONDS: '0' })).toThrow(/SIUI_AUDIT_CHECKPOINT_SECONDS/);
  });
});
