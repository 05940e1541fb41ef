import type { TLSSocket } from 'node:tls';
import { type ParsedCertificate, parseCertificate } from '../../pki/certificate';

// The client certificate of a TLS connection. Node's pitfall: `socket.authorized` can be true while
// no certificate is available (e.g. on some resumed sessions), so presence is checked on the
// certificate itself. Parsed once per connection; renegotiation is disabled on every connection
// (online-gateway.ts), so the certificate cannot change under a cached value.

const cache = new WeakMap<TLSSocket, ParsedCertificate | null>();

export function presentedCertificate(socket: TLSSocket): ParsedCertificate | null {
  const cached = cache.get(socket);
  if (cached !== undefined) return cached;
  const peer = socket.getPeerCertificate(false);
  let certificate: ParsedCertificate | null = null;
  if (peer && Buffer.isBuffer(peer.raw) && peer.raw.length > 0) {
    try {
      certificate = parseCertificate(new Uint8Array(peer.raw));
    } catch {
      certificate = null;
    }
  }
  cache.set(socket, certificate);
  return certificate;
}
