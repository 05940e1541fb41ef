/**
 * Parsed OCSP requests, kept by a SHA-256 digest of their bytes less the nonce. Clients ask about
 * the same certificate again and again, each time with a fresh nonce, so the bytes of two such
 * requests differ only in the nonce's octets. After @peculiar/asn1-ocsp has parsed a request, the
 * library's own encoding of its nonce extension is looked for in the request; when it is there
 * (RFC 8954 form), a later request with the same length and the same bytes outside the nonce's
 * octets parses to the same CertIDs and that nonce: every tag and length octet is the same, and
 * the nonce's octets are the content of an OCTET STRING, which no decoder looks into. Anything
 * else is parsed in full. The nonce answered is always the one in the request's own bytes.
 *
 * The key is the digest, never the bytes: a flood of distinct padded requests then costs 32 bytes
 * of key each, and the entries and their bytes are capped (oldest dropped first).
 */
import { createHash } from 'node:crypto';
import { AsnConvert } from '@peculiar/asn1-schema';
import { type OcspCertId, type ParsedOcspRequest, parseOcspRequest } from './ocsp-codec-request';
import { nonceExtension } from './ocsp-nonce';

export const MAX_PARSED_REQUESTS = 20_000;
/** What the kept CertIDs and keys may add up to (ocspCertIdsBytes); about 20,000 honest entries. */
export const MAX_PARSED_REQUEST_BYTES = 8 * 1024 * 1024;
/** Nonce positions kept per request length: one per kind of client. */
const MAX_SLOTS_PER_LENGTH = 4;

interface NonceSlot {
  offset: number;
  length: number;
}

interface Entry {
  requests: OcspCertId[];
  bytes: number;
}

export interface RequestCacheSize {
  entries: number;
  /** Keys and kept CertIDs (their DER and hex strings), the part a sender chooses. */
  bytes: number;
  /** The longest key kept, in bytes (a digest's 32). */
  longestKey: number;
  slots: number;
}

export class OcspRequestCache {
  /** Nonce positions seen, by request length. */
  private readonly slots = new Map<number, NonceSlot[]>();
  private readonly parsed = new Map<string, Entry>();
  private bytes = 0;
  private slotCount = 0;

  /** Like parseOcspRequest (throws OcspRequestError), answered from the cache when it can be. */
  parse(der: Uint8Array): ParsedOcspRequest {
    const bytes = Buffer.from(der.buffer, der.byteOffset, der.byteLength);
    for (const slot of this.slots.get(bytes.length) ?? []) {
      const entry = this.parsed.get(keyOf(bytes, slot));
      if (entry) {
        return {
          requests: entry.requests,
          nonce: new Uint8Array(bytes.subarray(slot.offset, slot.offset + slot.length)),
        };
      }
    }
    const request = parseOcspRequest(der);
    if (request.nonce) this.remember(bytes, request.requests, request.nonce);
    return request;
  }

  size(): RequestCacheSize {
    let longestKey = 0;
    for (const key of this.parsed.keys()) longestKey = Math.max(longestKey, Buffer.byteLength(key, 'latin1'));
    return { entries: this.parsed.size, bytes: this.bytes, longestKey, slots: this.slotCount };
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
      if (slots.length >= MAX_SLOTS_PER_LENGTH) return;
      known = slot;
      slots.push(known);
      this.slotCount += 1;
    }
    const key = keyOf(bytes, known);
    if (this.parsed.has(key)) return;
    const entry = { requests, bytes: key.length + ocspCertIdsBytes(requests) };
    this.parsed.set(key, entry);
    this.bytes += entry.bytes;
    this.evict();
  }

  /** Oldest first, until both caps hold. */
  private evict(): void {
    for (const [key, entry] of this.parsed) {
      if (this.parsed.size <= MAX_PARSED_REQUESTS && this.bytes <= MAX_PARSED_REQUEST_BYTES) return;
      this.parsed.delete(key);
      this.bytes -= entry.bytes;
    }
  }
}

/** SHA-256 of the request's length, the nonce's place and every byte outside it (32 latin1 chars). */
function keyOf(bytes: Buffer, slot: NonceSlot): string {
  const header = Buffer.alloc(12);
  header.writeUInt32BE(bytes.length, 0);
  header.writeUInt32BE(slot.offset, 4);
  header.writeUInt32BE(slot.length, 8);
  return createHash('sha256')
    .update(header)
    .update(bytes.subarray(0, slot.offset))
    .update(bytes.subarray(slot.offset + slot.length))
    .digest()
    .toString('latin1');
}

/** The bytes a request's CertIDs hold: DER and strings (one byte a character, all ASCII). */
function ocspCertIdsBytes(requests: readonly OcspCertId[]): number {
  let total = 0;
  for (const r of requests) {
    total +=
      r.der.byteLength +
      r.hashAlgorithm.length +
      r.issuerNameHash.length +
      r.issuerKeyHash.length +
      r.serialNumber.length;
  }
  return total;
}
