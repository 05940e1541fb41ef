/**
 * Response templates: the responder's answers differ from one another only in a few fixed-length
 * fields (the CertID, the times, the nonce, the signature), so most of the DER is the same every
 * time. For each shape of answer (CertID length, status, nonce length …) the library encodes one
 * template once, with marker values in the variable fields; the markers' positions are then found
 * in the library's output, and each later answer of that shape is a copy of the template with the
 * real values written over the markers. Lengths never change, so no length octet is touched and
 * nothing here encodes ASN.1: every tag and length comes from @peculiar/asn1-schema.
 *
 * The same is done for the signed envelope (BasicOCSPResponse inside OCSPResponse) per pair of
 * ResponseData and signature lengths. ocsp-codec.test compares template output with the library's
 * own encoding of the same input, byte for byte.
 */
import { randomBytes } from 'node:crypto';
import type { CertificateStatus, SignResponseInput } from './ocsp-codec-response';

/** Distinct, improbable times; their GeneralizedTime text is what the template search looks for. */
const MARK = {
  producedAt: new Date(Date.UTC(1901, 0, 1, 1, 1, 1)),
  thisUpdate: new Date(Date.UTC(1902, 1, 2, 2, 2, 2)),
  nextUpdate: new Date(Date.UTC(1903, 2, 3, 3, 3, 3)),
  revokedAt: new Date(Date.UTC(1904, 3, 4, 4, 4, 4)),
} as const;
type TimeField = keyof typeof MARK;

/** Shapes are few (one per CertID length × status × nonce length); more means something odd. */
const MAX_TEMPLATES = 256;

interface Field {
  offset: number;
  length: number;
}

interface DataTemplate {
  der: Buffer;
  certId: Field;
  nonce: Field | null;
  times: [TimeField, number][];
}

interface EnvelopeTemplate {
  der: Buffer;
  tbs: number;
  signature: number;
}

/** RFC 6960 times as GeneralizedTime text, whole seconds: YYYYMMDDHHMMSSZ. */
export function generalizedTime(date: Date): string {
  const iso = new Date(Math.floor(date.getTime() / 1000) * 1000).toISOString();
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
}

/** The only position of `marker` in `der`, or null (absent or ambiguous: no template then). */
function uniquePosition(der: Buffer, marker: Buffer): number | null {
  const first = der.indexOf(marker);
  return first >= 0 && der.lastIndexOf(marker) === first ? first : null;
}

function statusShape(status: CertificateStatus): string {
  return status.kind === 'revoked' ? `revoked:${status.reason ?? '-'}` : status.kind;
}

export interface ResponseTemplates {
  /** ResponseData DER for a one-CertID answer, from its template; null when there is none. */
  responseData(input: SignResponseInput): Uint8Array | null;
  /** The complete OCSPResponse around a signed ResponseData. */
  envelope(tbsResponseData: Uint8Array, signature: Uint8Array): Uint8Array;
}

export function createResponseTemplates(library: {
  encodeResponseData(input: SignResponseInput): Uint8Array;
  encodeEnvelope(tbsResponseData: Uint8Array, signature: Uint8Array): Uint8Array;
}): ResponseTemplates {
  const dataTemplates = new Map<string, DataTemplate | null>();
  const envelopes = new Map<string, EnvelopeTemplate | null>();

  function buildDataTemplate(input: SignResponseInput): DataTemplate | null {
    const [response] = input.responses;
    if (!response) return null;
    const certIdMarker = randomBytes(response.certId.der.length);
    const nonceMarker = input.nonce ? randomBytes(input.nonce.length) : null;
    const status: CertificateStatus =
      response.status.kind === 'revoked'
        ? { ...response.status, revokedAt: MARK.revokedAt }
        : response.status;
    const der = Buffer.from(
      library.encodeResponseData({
        producedAt: MARK.producedAt,
        nonce: nonceMarker,
        responses: [
          {
            certId: { der: certIdMarker },
            status,
            thisUpdate: MARK.thisUpdate,
            ...(response.nextUpdate ? { nextUpdate: MARK.nextUpdate } : {}),
          },
        ],
      }),
    );
    const certId = uniquePosition(der, certIdMarker);
    const nonce = nonceMarker ? uniquePosition(der, nonceMarker) : null;
    if (certId === null || (nonceMarker && nonce === null)) return null;
    const times: [TimeField, number][] = [];
    const wanted: TimeField[] = ['producedAt', 'thisUpdate'];
    if (response.nextUpdate) wanted.push('nextUpdate');
    if (status.kind === 'revoked') wanted.push('revokedAt');
    for (const field of wanted) {
      const position = uniquePosition(der, Buffer.from(generalizedTime(MARK[field]), 'latin1'));
      if (position === null) return null;
      times.push([field, position]);
    }
    return {
      der,
      certId: { offset: certId, length: certIdMarker.length },
      nonce: nonceMarker && nonce !== null ? { offset: nonce, length: nonceMarker.length } : null,
      times,
    };
  }

  function responseData(input: SignResponseInput): Uint8Array | null {
    const [response, ...others] = input.responses;
    if (!response || others.length > 0) return null;
    const shape = `${response.certId.der.length}|${statusShape(response.status)}|${input.nonce?.length ?? '-'}|${response.nextUpdate ? 'n' : '-'}`;
    let template = dataTemplates.get(shape);
    if (template === undefined) {
      if (dataTemplates.size >= MAX_TEMPLATES) return null;
      template = buildDataTemplate(input);
      dataTemplates.set(shape, template);
    }
    if (!template) return null;
    const out = Buffer.allocUnsafe(template.der.length);
    template.der.copy(out);
    out.set(response.certId.der, template.certId.offset);
    if (template.nonce && input.nonce) out.set(input.nonce, template.nonce.offset);
    for (const [field, offset] of template.times) {
      const value =
        field === 'producedAt'
          ? input.producedAt
          : field === 'thisUpdate'
            ? response.thisUpdate
            : field === 'nextUpdate'
              ? (response.nextUpdate as Date)
              : (response.status as { revokedAt: Date }).revokedAt;
      out.write(generalizedTime(value), offset, 'latin1');
    }
    return new Uint8Array(out.buffer, out.byteOffset, out.length);
  }

  function envelope(tbs: Uint8Array, signature: Uint8Array): Uint8Array {
    const shape = `${tbs.length}|${signature.length}`;
    let template = envelopes.get(shape);
    if (template === undefined && envelopes.size < MAX_TEMPLATES) {
      const tbsMarker = randomBytes(tbs.length);
      const signatureMarker = randomBytes(signature.length);
      const der = Buffer.from(library.encodeEnvelope(tbsMarker, signatureMarker));
      const tbsAt = uniquePosition(der, tbsMarker);
      const signatureAt = uniquePosition(der, signatureMarker);
      template = tbsAt === null || signatureAt === null ? null : { der, tbs: tbsAt, signature: signatureAt };
      envelopes.set(shape, template);
    }
    if (!template) return library.encodeEnvelope(tbs, signature);
    const out = new Uint8Array(template.der.length);
    out.set(template.der);
    out.set(tbs, template.tbs);
    out.set(signature, template.signature);
    return out;
  }

  return { responseData, envelope };
}
