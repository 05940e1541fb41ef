import net from 'node:net';
import { DesktopError } from '../errors/desktop-error';

/**
 * The SIUI address the desktop may talk to, as one spelling (its origin). The activation key goes
 * out and the gateway's pin comes back on this address, so anything but HTTPS would let whoever
 * sits on the network read the one and replace the other. Plain HTTP stays possible only to this
 * computer itself (the demo server on 127.0.0.1), where no network is crossed.
 */
export function checkServerUrl(url: string): string {
  const parsed = URL.canParse(url) ? new URL(url) : undefined;
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || parsed.hostname === '') {
    throw new DesktopError('INVALID_SERVER_URL', { url });
  }
  if (parsed.protocol === 'http:' && !isLoopbackHost(parsed.hostname)) {
    throw new DesktopError('INSECURE_SERVER_URL', { url: parsed.origin });
  }
  return parsed.origin;
}

/**
 * A host name as the URL parser leaves it (lower case, IPv4 in dotted form, IPv6 in brackets):
 * `localhost`, 127.0.0.0/8 or ::1. Nothing that needs a name server to say where it points —
 * `localhost.` or `127.0.0.1.nip.io` are names like any other — and no IPv4-mapped IPv6 form.
 */
export function isLoopbackHost(hostname: string): boolean {
  if (hostname === 'localhost') return true;
  if (hostname === '[::1]') return true;
  if (net.isIPv4(hostname)) return hostname.startsWith('127.');
  return false;
}
