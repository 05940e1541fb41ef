import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

// "Trust any X-Forwarded-For" lets every client pick the address its rate limit and its audit
// lines are kept under. Only a hop count or a list of the proxies' own addresses is accepted.

describe('SIUI_TRUST_PROXY', () => {
  it('trusts no one by default', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ SIUI_TRUST_PROXY: 'false' }).trustProxy).toBe(false);
  });

  it('refuses "true" with a message in both languages that says what to write instead', () => {
    expect(() => loadConfig({ SIUI_TRUST_PROXY: 'true' })).toThrow(ConfigError);
    expect(() => loadConfig({ SIUI_TRUST_PROXY: 'true' })).toThrow(
      /SIUI_TRUST_PROXY: .*ar crede orice X-Forwarded-For.*would trust any X-Forwarded-For/,
    );
  });

  it('takes a hop count or a list of addresses and CIDR ranges', () => {
    expect(loadConfig({ SIUI_TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(
      loadConfig({ SIUI_TRUST_PROXY: '10.0.0.5, 10.1.0.0/16,::1,fd00::/8,loopback' }).trustProxy,
    ).toEqual(['10.0.0.5', '10.1.0.0/16', '::1', 'fd00::/8', 'loopback']);
  });

  it('names what it cannot read', () => {
    for (const value of ['0', '11', 'yes', '10.0.0.0/33', '10.0.0.300', '10.0.0.5,', '*']) {
      expect(() => loadConfig({ SIUI_TRUST_PROXY: value }), value).toThrow(/SIUI_TRUST_PROXY: /);
    }
  });
});
