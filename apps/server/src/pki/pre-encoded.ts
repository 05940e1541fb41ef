/**
 * Reuse of DER that the library already produced, inside a structure the library serialises.
 *
 * The OCSP responder signs thousands of responses a second, and most of each response never
 * changes (its certificate, its key hash, its algorithm) or is already encoded (the signed
 * ResponseData, the client's CertID). asn1-schema would rebuild and re-encode all of it every time
 * (serialising the responder certificate alone costs more than the signature). A pre-encoded value
 * is an instance of the schema class whose `toASN()` hands asn1-schema the stored bytes instead.
 *
 * The bytes always come from `AsnConvert.serialize` (or from a decoded client message); nothing
 * here encodes ASN.1 itself.
 */
import { RawData } from 'asn1js';

interface BerWriter {
  write(buffer: ArrayBuffer): void;
}

/**
 * asn1js's RawData emits its bytes only when it is the outermost value: inside a SEQUENCE it is
 * handed the parent's writer, which RawData.toBER ignores (asn1js 3.1), so the bytes vanish and
 * the parent's length is wrong. This writes them to the writer when there is one.
 */
class VerbatimBlock extends RawData {
  override toBER(sizeOnly?: boolean, writer?: BerWriter): ArrayBuffer {
    const bytes = super.toBER(sizeOnly);
    if (!writer) return bytes;
    writer.write(bytes);
    return new ArrayBuffer(0);
  }
}

function writeOnly(): never {
  throw new TypeError('a pre-encoded ASN.1 value can be serialised, not decoded into');
}

/**
 * An instance of `type` that asn1-schema serialises as exactly `der`. Only for fields that are
 * not IMPLICIT-tagged (asn1-schema re-tags those through the value's own blocks, which a
 * pre-encoded value does not have).
 */
export function preEncoded<T extends object>(type: new () => T, der: Uint8Array | ArrayBuffer): T {
  const block = new VerbatimBlock({ data: der });
  return Object.assign(new type(), { toASN: () => block, fromASN: writeOnly, toSchema: writeOnly });
}
