/**
 * Parsed OCSP requests, kept by their bytes less the nonce. Clients ask about the same certificate
 * again and again, each time with a fresh nonce, so the bytes of two such requests differ only in
 * the nonce's octets. After @peculiar/asn1-ocsp has parsed a request, the library's own encoding
 * of its nonce extension is looked for in the request; when it is there (RFC 8954 form), a later
 * request with the same length and the same bytes outside the nonce's octets parses to the same
 * CertIDs and that nonce: every tag and length octet is the same, and the nonce's octets are the
 * content of an OCTET STRING, which no decoder looks into. Anything else is parsed in full.
 */
import { AsnConvert } from '@peculiar/asn1-schema';
import { type OcspCertId, type ParsedOcspRequest, parseOcspRequest } from './ocsp-codec-request';
import { nonceExtension } from './ocsp-nonce';

const MAX_ENTRIES = 20_000;

interface NonceSlot {
  offset: number;
  length: number;
}

export class OcspRequestCache {
  /** Nonce positions seen, by request length (a handful: one per kind of client). */
  private readonly slots = new Map<number, NonceSlot[]>();
  private readonly parsed = new Map<string, OcspCertId[]>();

  /** Like parseOcspRequest (throws OcspRequestError), answered from the cache when it can be. */
  parse(der: Uint8Array): ParsedOcspRequest {
    const bytes = Buffer.from(der.buffer, der.byteOffset, der.byteLength);
    for (const slot of this.slots.get(bytes.length) ?? []) {
      const requests = this.parsed.get(keyOf(bytes, slot));
      if (requests) {
        return { requests, nonce: new Uint8Array(bytes.subarray(slot.offset, slot.offset + slot.length)) };
      }
    }
    const request = parseOcspRequest(der);
    if (request.nonce) this.remember(bytes, request.requests, request.nonce);
    return request;
  }

  private remember(bytes: Buffer, requests: OcspCertId[], nonce: Uint8Array): void {
    const extension = Buffer.from(AsnConvert.serialize(nonceExtension(nonce)));
    const at = bytes.indexOf(extension);
    if (at < 0 || bytes.lastIndexOf(extension) !== at) return;
    const slot = { offset: at + extension.length - nonce.length, length: nonce.length };
    let slots = this.slots.get(bytes.length);
    if (!slots) {
      slots = [];
      this.slots.set(bytes.length, slots);
    }
    let known = slots.find((s) => s.offset === slot.offset && s.length === slot.length);
    if (!known) {
      if (slots.length >= 4) return;
      known = slot;
      slots.push(known);
    }
    if (this.parsed.size >= MAX_ENTRIES) this.parsed.clear();
    this.parsed.set(keyOf(bytes, known), requests);
  }
}

/** The request's bytes outside the nonce, as a string key. */
function keyOf(bytes: Buffer, slot: NonceSlot): string {
  const before = bytes.toString('latin1', 0, slot.offset);
  return `${bytes.length}:${slot.offset}:${before}${bytes.toString('latin1', slot.offset + slot.length)}`;
}
