/**
 * parseCertificate: one X.509 certificate (PEM, DER or base64 DER) to a plain, serialisable summary
 * plus the exact DER pieces OCSP and signature checks need.
 *
 * @peculiar/x509 reads the certificate (names, validity, extensions). The subject and issuer Names
 * come from pkijs, which keeps them as encoded: OCSP's issuerNameHash is over the issuer's Name
 * exactly as its certificate carries it, and asn1-schema re-encodes a Name it decoded, which is not
 * always byte-identical (an invalid UTF-8 value comes back as U+FFFD).
 */
import { createHash, createPublicKey } from 'node:crypto';
import { AsnConvert } from '@peculiar/asn1-schema';
import { Certificate } from '@peculiar/asn1-x509';
import { Certificate as PkiCertificate } from 'pkijs';
import { decodeExactly } from './asn-decode';
import { type CertificateExtensionsSummary, summariseExtensions } from './certificate-extensions';
import { decodeCertificateInput, toPem } from './certificate-input';
import { CertificateParseError } from './certificate-parse-error';
import { x509CertificateOf } from './certificate-verification';
import { canonicalSerialFromInteger } from './serial-number';
import { Name } from './x509';

export type { KeyUsageName } from './certificate-extensions';
export { CertificateParseError, type CertificateParseErrorCode } from './certificate-parse-error';
export { verifyIssuedBy } from './certificate-verification';

export interface ParsedCertificate extends CertificateExtensionsSummary {
  der: Uint8Array;
  pem: string;
  /** Canonical hex: uppercase, even length, no leading zero octets (`A30F`; `00` for zero). */
  serialNumber: string;
  subjectDn: string;
  issuerDn: string;
  subjectCommonName: string | null;
  notBefore: Date;
  notAfter: Date;
  sha256Fingerprint: string;
  /** Readable key description: `EC P-256`, `RSA 2048`, `Ed25519`, or the algorithm OID. */
  publicKeyAlgorithm: string;
  /** DER SubjectPublicKeyInfo. */
  subjectPublicKeyInfoDer: Uint8Array;
  /** Content of the subjectPublicKey BIT STRING (what OCSP's issuerKeyHash and byKey hash). */
  subjectPublicKey: Uint8Array;
  /** DER of the subject Name, as in the certificate (an OCSP issuerNameHash is over the issuer's). */
  subjectNameDer: Uint8Array;
  issuerNameDer: Uint8Array;
  tbsCertificateDer: Uint8Array;
  signatureAlgorithmOid: string;
  signatureValue: Uint8Array;
}

export type ValidityState = 'VALID' | 'EXPIRED' | 'NOT_YET_VALID';

export function parseCertificate(input: string | Uint8Array): ParsedCertificate {
  // A copy: the summary must not change if the caller reuses its buffer.
  const der = decodeCertificateInput(input).slice();
  try {
    return describeCertificate(der, decodeExactly(der, Certificate));
  } catch (error) {
    throw new CertificateParseError('NOT_A_CERTIFICATE', 'the input is not a valid X.509 certificate', {
      cause: error,
    });
  }
}

/** RFC 5280 validity is inclusive at both ends. */
export function validityState(certificate: ParsedCertificate, now: Date = new Date()): ValidityState {
  if (now.getTime() < certificate.notBefore.getTime()) return 'NOT_YET_VALID';
  if (now.getTime() > certificate.notAfter.getTime()) return 'EXPIRED';
  return 'VALID';
}

const bytes = (buffer: ArrayBuffer | ArrayBufferView) =>
  ArrayBuffer.isView(buffer)
    ? new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength).slice()
    : new Uint8Array(buffer.slice(0));

function describeCertificate(der: Uint8Array, asn: Certificate): ParsedCertificate {
  const certificate = x509CertificateOf(der, asn);
  const names = PkiCertificate.fromBER(der);
  const tbs = asn.tbsCertificate;
  const subjectPublicKeyInfoDer = new Uint8Array(AsnConvert.serialize(tbs.subjectPublicKeyInfo));
  return {
    der,
    pem: toPem(der),
    serialNumber: canonicalSerialFromInteger(new Uint8Array(tbs.serialNumber)),
    subjectDn: readableName(names.subject.valueBeforeDecode),
    issuerDn: readableName(names.issuer.valueBeforeDecode),
    subjectCommonName: certificate.subjectName.getField('CN')[0] ?? null,
    notBefore: certificate.notBefore,
    notAfter: certificate.notAfter,
    sha256Fingerprint: createHash('sha256').update(der).digest('hex').toUpperCase(),
    ...summariseExtensions(certificate),
    publicKeyAlgorithm: describePublicKey(
      subjectPublicKeyInfoDer,
      tbs.subjectPublicKeyInfo.algorithm.algorithm,
    ),
    subjectPublicKeyInfoDer,
    subjectPublicKey: bytes(tbs.subjectPublicKeyInfo.subjectPublicKey),
    subjectNameDer: bytes(names.subject.valueBeforeDecode),
    issuerNameDer: bytes(names.issuer.valueBeforeDecode),
    // The raw tbsCertificate as received (asn1-schema keeps it because the schema marks it raw).
    tbsCertificateDer: bytes(asn.tbsCertificateRaw ?? AsnConvert.serialize(tbs)),
    signatureAlgorithmOid: asn.signatureAlgorithm.algorithm,
    signatureValue: bytes(asn.signatureValue),
  };
}

const curveNames: Readonly<Record<string, string>> = {
  prime256v1: 'P-256',
  secp384r1: 'P-384',
  secp521r1: 'P-521',
};

function describePublicKey(spkiDer: Uint8Array, algorithmOid: string): string {
  try {
    const key = createPublicKey({ key: Buffer.from(spkiDer), format: 'der', type: 'spki' });
    const details = key.asymmetricKeyDetails;
    switch (key.asymmetricKeyType) {
      case 'rsa':
      case 'rsa-pss':
        return `${key.asymmetricKeyType === 'rsa' ? 'RSA' : 'RSA-PSS'} ${details?.modulusLength ?? '?'}`;
      case 'ec': {
        const curve = details?.namedCurve ?? 'unknown curve';
        return `EC ${curveNames[curve] ?? curve}`;
      }
      case 'ed25519':
        return 'Ed25519';
      case 'ed448':
        return 'Ed448';
      default:
        return key.asymmetricKeyType ?? algorithmOid;
    }
  } catch {
    // Keys node:crypto cannot load (e.g. GOST) are still registrable; show their algorithm OID.
    return algorithmOid;
  }
}

/**
 * A name as text, with the eIDAS attributes providers' qualified certificates carry named rather
 * than shown as OIDs (`organizationIdentifier=VATRO-18547290`, not `2.5.4.97=…`).
 */
function readableName(der: ArrayBuffer): string {
  return new Name(der, EXTRA_NAMES).toString();
}

const EXTRA_NAMES = { organizationIdentifier: '2.5.4.97', serialNumber: '2.5.4.5' };
