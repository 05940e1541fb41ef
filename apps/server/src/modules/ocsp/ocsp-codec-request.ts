/**
 * parseOcspRequest: DER OCSPRequest (RFC 6960 4.1.1) to the CertIDs asked about and the nonce.
 * @peculiar/asn1-ocsp decodes; this module applies our limits and maps the result to plain objects.
 */
import type { CertID, Request } from '@peculiar/asn1-ocsp';
import { OCSPRequest } from '@peculiar/asn1-ocsp';
import { AsnConvert } from '@peculiar/asn1-schema';
import type { Extension } from '@peculiar/asn1-x509';
import { AsnDecodeError, decodeExactly } from '../../pki/asn-decode';
import { toUpperHex } from '../../pki/bytes';
import { canonicalSerialFromInteger } from '../../pki/serial-number';
import {
  type CertIdHashAlgorithm,
  certIdHashFromOid,
  certIdHashLengths,
  isKnownCertIdHash,
} from './ocsp-codec-certid';
import { OcspRequestError } from './ocsp-codec-errors';
import { id_pkix_ocsp_nonce, nonceOf } from './ocsp-nonce';

/**
 * One CertID with a nonce is about 120 bytes, eight SHA-256 CertIDs with a 32-byte nonce under
 * 1 KiB; 4 KiB still holds those with a request signature and its signer's certificate. Each byte
 * above that is only parsing, hashing and memory we would spend for the sender.
 */
export const MAX_OCSP_REQUEST_BYTES = 4 * 1024;
/**
 * Browsers, openssl, CryptoAPI and Java ask about one certificate per request (responders built
 * on Go's x/crypto/ocsp read only the first). Eight covers a client batching a chain; each more
 * is another status to look up for one request that the rate limit counts once.
 */
export const MAX_CERT_IDS_PER_REQUEST = 8;
/** RFC 8954 allows 1..32 octets; a little slack for old clients, none for abuse. */
export const MAX_NONCE_BYTES = 128;
/** RFC 5280 caps serials at 20 octets; non-conforming CAs exist, so allow some more. */
const MAX_SERIAL_BYTES = 40;
/** Longest hash we accept under a hash algorithm we do not know (SHA-512's length). */
const MAX_UNKNOWN_HASH_BYTES = 64;

export interface OcspCertId {
  hashAlgorithm: CertIdHashAlgorithm;
  /** Uppercase hex. */
  issuerNameHash: string;
  /** Uppercase hex. */
  issuerKeyHash: string;
  /** Canonical serial hex (see canonicalSerialFromInteger). */
  serialNumber: string;
  /**
   * The CertID's DER, which the response repeats. Re-encoded by asn1-schema from what it decoded:
   * identical to the client's bytes for any DER client (ocsp-codec.test checks openssl's), and DER
   * even for a client that sent BER, as the response must be.
   */
  der: Uint8Array;
}

export interface ParsedOcspRequest {
  requests: OcspCertId[];
  /** The nonce value (content of the Nonce OCTET STRING), or null when the client sent none. */
  nonce: Uint8Array | null;
}

/** Throws only OcspRequestError, whatever the bytes. */
export function parseOcspRequest(der: Uint8Array): ParsedOcspRequest {
  if (der.byteLength === 0) throw new OcspRequestError('EMPTY', 'empty OCSP request');
  if (der.byteLength > MAX_OCSP_REQUEST_BYTES) {
    throw new OcspRequestError('TOO_LARGE', `OCSP request of ${der.byteLength} bytes`);
  }
  try {
    return readRequest(der);
  } catch (error) {
    if (error instanceof OcspRequestError) throw error;
    if (error instanceof AsnDecodeError) throw new OcspRequestError(error.reason, error.message);
    // Anything else the libraries throw on hostile input is still just a malformed request.
    throw new OcspRequestError('MALFORMED', 'undecodable OCSP request');
  }
}

function readRequest(der: Uint8Array): ParsedOcspRequest {
  const decoded = decodeExactly(der, OCSPRequest);
  // A request signature (optionalSignature) is not required: the registry's answers are public.
  const tbs = decoded.tbsRequest;
  if (tbs.version !== 0) throw new OcspRequestError('UNSUPPORTED_VERSION', 'only OCSP v1 requests exist');
  if (tbs.requestList.length === 0) throw new OcspRequestError('NO_REQUESTS', 'the request list is empty');
  if (tbs.requestList.length > MAX_CERT_IDS_PER_REQUEST) {
    throw new OcspRequestError('TOO_MANY_REQUESTS', `more than ${MAX_CERT_IDS_PER_REQUEST} CertIDs`);
  }
  const requests = tbs.requestList.map(readSingleRequest);
  const nonceExtension = checkExtensions(tbs.requestExtensions, new Set([id_pkix_ocsp_nonce])).get(
    id_pkix_ocsp_nonce,
  );
  return { requests, nonce: nonceExtension ? readNonce(nonceExtension) : null };
}

function readSingleRequest(request: Request): OcspCertId {
  // No single-request extension is understood; only critical ones make the request unanswerable.
  checkExtensions(request.singleRequestExtensions, new Set());
  return readCertId(request.reqCert);
}

function readCertId(certId: CertID): OcspCertId {
  const oid = certId.hashAlgorithm.algorithm;
  const hashAlgorithm = certIdHashFromOid(oid);
  if (!hashAlgorithm) throw new OcspRequestError('BAD_CERT_ID', `bad hash algorithm ${oid}`);
  const expectedLength = isKnownCertIdHash(hashAlgorithm) ? certIdHashLengths[hashAlgorithm] : null;
  const nameHash = new Uint8Array(certId.issuerNameHash.buffer);
  const keyHash = new Uint8Array(certId.issuerKeyHash.buffer);
  for (const hash of [nameHash, keyHash]) {
    const wrongLength =
      expectedLength === null
        ? hash.length === 0 || hash.length > MAX_UNKNOWN_HASH_BYTES
        : hash.length !== expectedLength;
    if (wrongLength) {
      throw new OcspRequestError('BAD_CERT_ID', `issuer hash of ${hash.length} bytes for ${hashAlgorithm}`);
    }
  }
  const serial = new Uint8Array(certId.serialNumber);
  if (serial.length === 0 || serial.length > MAX_SERIAL_BYTES) {
    throw new OcspRequestError('BAD_CERT_ID', `serial number of ${serial.length} bytes`);
  }
  return {
    hashAlgorithm,
    issuerNameHash: toUpperHex(nameHash),
    issuerKeyHash: toUpperHex(keyHash),
    serialNumber: canonicalSerialFromInteger(serial),
    der: new Uint8Array(AsnConvert.serialize(certId)),
  };
}

/** Refuses duplicates and critical extensions not in `understood`; returns the extensions by OID. */
function checkExtensions(
  extensions: readonly Extension[] | undefined,
  understood: ReadonlySet<string>,
): Map<string, Extension> {
  const byOid = new Map<string, Extension>();
  for (const extension of extensions ?? []) {
    if (byOid.has(extension.extnID)) {
      throw new OcspRequestError('MALFORMED', `duplicate extension ${extension.extnID}`);
    }
    if (extension.critical && !understood.has(extension.extnID)) {
      throw new OcspRequestError(
        'UNSUPPORTED_CRITICAL_EXTENSION',
        `critical extension ${extension.extnID} not supported`,
      );
    }
    byOid.set(extension.extnID, extension);
  }
  return byOid;
}

function readNonce(extension: Extension): Uint8Array {
  const nonce = nonceOf(extension);
  if (nonce.length === 0 || nonce.length > MAX_NONCE_BYTES) {
    throw new OcspRequestError('BAD_NONCE', `nonce of ${nonce.length} bytes`);
  }
  return nonce;
}
