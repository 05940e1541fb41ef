/**
 * Decodes exactly one ASN.1 value into an @peculiar/asn1-schema class. `AsnConvert.parse` ignores
 * bytes after the first value; callers that must refuse trailing data (a request body, an uploaded
 * certificate) use this instead, which reads asn1js's consumed length.
 */
import { AsnParser } from '@peculiar/asn1-schema';
import { fromBER } from 'asn1js';

export type AsnDecodeFailure = 'MALFORMED' | 'TRAILING_DATA';

export class AsnDecodeError extends Error {
  override readonly name = 'AsnDecodeError';

  constructor(
    readonly reason: AsnDecodeFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Throws only AsnDecodeError: any failure inside the libraries becomes MALFORMED. */
export function decodeExactly<T>(bytes: Uint8Array, type: new () => T): T {
  // asn1js copies the input before decoding (its default), so nothing returned aliases `bytes`.
  // parseEmbedded: asn1js would otherwise try to decode every OCTET STRING's content as ASN.1 on
  // speculation; the schema classes never use that, and on the responder's hot path it costs.
  const decoded = fromBER(bytes, { parseEmbedded: false });
  if (decoded.offset === -1) {
    throw new AsnDecodeError('MALFORMED', `not ASN.1: ${decoded.result.error || 'undecodable'}`);
  }
  if (decoded.offset !== bytes.byteLength) {
    throw new AsnDecodeError('TRAILING_DATA', `${bytes.byteLength - decoded.offset} bytes after the value`);
  }
  try {
    return AsnParser.fromASN(decoded.result, type);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new AsnDecodeError('MALFORMED', `not a ${type.name}: ${detail}`, { cause: error });
  }
}
