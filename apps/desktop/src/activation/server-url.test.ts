import { describe, expect, it } from 'vitest';
import { checkServerUrl } from './server-url';

// The activation key travels on this address: clear text only where no network is crossed.

describe('the SIUI server address', () => {
  it('takes https:// anywhere, as one spelling', () => {
    expect(checkServerUrl('https://siui.cnas.ro/')).toBe('https://siui.cnas.ro');
    expect(checkServerUrl('https://10.0.0.5:8443/api')).toBe('https://10.0.0.5:8443');
    expect(checkServerUrl('HTTPS://SIUI.example.ro:443')).toBe('https://siui.example.ro');
  });

  it('takes http:// to this computer only: 127.0.0.0/8, ::1, localhost', () => {
    for (const url of [
      'http://127.0.0.1:8080/',
      'http://127.5.6.7:8080',
      'http://localhost:8080',
      'http://LOCALHOST:8080',
      'http://[::1]:8080',
      // The URL parser reads these as 127.0.0.1, and so does the network stack.
      'http://2130706433:8080',
      'http://0x7f.1:8080',
    ]) {
      expect(() => checkServerUrl(url), url).not.toThrow();
    }
  });

  it('refuses http:// to any other host, whatever its spelling', () => {
    for (const url of [
      'http://siui.cnas.ro',
      'http://10.0.0.5:8080',
      'http://192.0.2.2:8080',
      'http://0.0.0.0:8080',
      'http://[::]:8080',
      'http://[::ffff:127.0.0.1]:8080',
      'http://[fd00::2]:8080',
      // Names a name server decides: they may point anywhere.
      'http://localhost.:8080',
      'http://localhost.example.ro',
      'http://127.0.0.1.nip.io',
      'http://siui.localhost',
      // The host is what follows the @.
      'http://127.0.0.1@siui.example.ro',
      'http://localhost:8080@10.0.0.5',
    ]) {
      expect(() => checkServerUrl(url), url).toThrow(
        expect.objectContaining({ code: 'INSECURE_SERVER_URL' }),
      );
    }
  });

  it('refuses what is not an http(s) address', () => {
    for (const url of ['siui.cnas.ro', 'ftp://siui.cnas.ro', 'file:///etc/passwd', 'ws://127.0.0.1', '']) {
      expect(() => checkServerUrl(url), url).toThrow(expect.objectContaining({ code: 'INVALID_SERVER_URL' }));
    }
  });
});
