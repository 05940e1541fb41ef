import type { TLSSocket } from 'node:tls';
import { type ParsedCertificate, parseCertificate } from '../../pki/certificate';

// The client certificate of a TLS connection. Node's pitfall: `socket.authorized` can be true while
// no certificate is available (e.g. on some resumed sessions), so presence is checked on the
// certificate itself. Parsed once per connection; renegotiation is disabled on every connection
// (online-gateway.ts), so the certificate cannot change under a cached value.
//
// Parsing a certificate costs about as much as the TLS handshake itself, and a provider connects
// with the same certificate all year: parsed certificates are also kept by their DER (its SHA-256,
// which Node computes anyway), so a new connection with a known certificate parses nothing.

const cache = new WeakMap<TLSSocket, ParsedCertificate | null>();
const byFingerprint = new Map<string, ParsedCertificate>();
const MAX_KNOWN = 20_000;

export function presentedCertificate(socket: TLSSocket): ParsedCertificate | null {
  const cached = cache.get(socket);
  if (cached !== undefined) return cached;
  const peer = socket.getPeerCertificate(false);
  let certificate: ParsedCertificate | null = null;
  if (peer && Buffer.isBuffer(peer.raw) && peer.raw.length > 0) {
    const known = byFingerprint.get(peer.fingerprint256);
    if (known && Buffer.compare(known.der, peer.raw) === 0) {
      certificate = known;
    } else {
      try {
        certificate = parseCertificate(new Uint8Array(peer.raw));
        if (byFingerprint.size >= MAX_KNOWN) byFingerprint.clear();
        byFingerprint.set(peer.fingerprint256, certificate);
      } catch {
        certificate = null;
      }
    }
  }
  cache.set(socket, certificate);
  return certificate;
}
