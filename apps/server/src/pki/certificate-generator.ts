/**
 * Keys and certificates made by @peculiar/x509's X509CertificateGenerator over WebCrypto, handed
 * back as node:crypto KeyObjects and DER. For the server's own identities (OCSP signer, TLS) and
 * the test PKI; it is not a general CA.
 */
import { KeyObject, webcrypto } from 'node:crypto';
import { id_pkix_ocsp_nocheck } from '@peculiar/asn1-ocsp';
import { Null } from 'asn1js';
import type { KeyUsageName } from './certificate-extensions';
import { signingSchemeFor } from './signing';
import * as x509 from './x509';

export type KeyAlgorithm = 'ecdsa' | 'rsa' | 'ed25519';

export interface KeyPair {
  privateKey: KeyObject;
  publicKey: KeyObject;
}

const keyGenParams = {
  ecdsa: { name: 'ECDSA', namedCurve: 'P-256' },
  rsa: {
    name: 'RSASSA-PKCS1-v1_5',
    modulusLength: 2048,
    publicExponent: Uint8Array.of(1, 0, 1),
    hash: 'SHA-256',
  },
  ed25519: { name: 'Ed25519' },
} as const;

/** ECDSA P-256 by default (fast, small); RSA 2048 or Ed25519 on request. Extractable, as KeyObjects. */
export async function generateKeyPair(algorithm: KeyAlgorithm = 'ecdsa'): Promise<KeyPair> {
  const keys = await webcrypto.subtle.generateKey(keyGenParams[algorithm], true, ['sign', 'verify']);
  if (!('privateKey' in keys)) throw new TypeError(`${algorithm} generated a single key, not a pair`);
  return { privateKey: KeyObject.from(keys.privateKey), publicKey: KeyObject.from(keys.publicKey) };
}

/** One attribute of a subject name; `type` is a short name (`CN`, `O`, `C`, …) or an OID. */
export interface NameAttribute {
  type: string;
  value: string;
}

export interface CertificateExtensionsSpec {
  basicConstraints?: { ca: boolean; pathLength?: number };
  keyUsage?: readonly KeyUsageName[];
  extendedKeyUsage?: readonly string[];
  ocspUrls?: readonly string[];
  caIssuersUrls?: readonly string[];
  crlUrls?: readonly string[];
  dnsNames?: readonly string[];
  ipAddresses?: readonly string[];
  /** id-pkix-ocsp-nocheck: clients need not check a delegated OCSP signer's own revocation. */
  ocspNoCheck?: boolean;
}

export interface GenerateCertificateParams {
  subject: readonly NameAttribute[];
  publicKey: KeyObject;
  /** Omit for a self-signed certificate (then `signingKey` is the subject's own private key). */
  issuer?: { certificateDer: Uint8Array; privateKey: KeyObject };
  signingKey?: KeyObject;
  /** Canonical hex, not zero; a random positive 128-bit serial when omitted. */
  serialNumber?: string;
  notBefore: Date;
  notAfter: Date;
  extensions: CertificateExtensionsSpec;
}

/** Types x509 has no short name for; the rest (CN, O, C, OU, L, ST, E, DC, G, SN, …) it knows. */
const extraNameTypes = { serialNumber: '2.5.4.5', organizationIdentifier: '2.5.4.97' };
const printableTypes = new Set(['C', 'serialNumber', '2.5.4.6', '2.5.4.5']);
const ia5Types = new Set(['E', 'DC', '1.2.840.113549.1.9.1', '0.9.2342.19200300.100.1.25']);

/**
 * One attribute per RDN, in the order given (most significant first, e.g. C, O, CN). Values are
 * passed in x509's object form so they are taken literally (its string form unescapes backslashes,
 * unquotes "…" and reads a leading # as hex); RFC 5280 wants PrintableString for C and serialNumber
 * and IA5String for e-mail and DC, UTF8String elsewhere.
 */
export function buildName(attributes: readonly NameAttribute[]): x509.Name {
  const json = attributes.map(({ type, value }) => ({
    [type]: [
      printableTypes.has(type)
        ? { printableString: value }
        : ia5Types.has(type)
          ? { ia5String: value }
          : { utf8String: value },
    ],
  }));
  return new x509.Name(json, extraNameTypes);
}

/** Returns the DER certificate. */
export async function generateCertificate(params: GenerateCertificateParams): Promise<Uint8Array> {
  const signingKey = params.issuer?.privateKey ?? params.signingKey;
  if (!signingKey) throw new TypeError('a self-signed certificate needs signingKey');
  if (params.serialNumber !== undefined && /^0*$/.test(params.serialNumber)) {
    // x509 silently replaces an all-zero serial by a random one; RFC 5280 forbids zero anyway.
    throw new TypeError('a certificate serial number must be positive');
  }
  const scheme = signingSchemeFor(signingKey);
  const publicKey = new x509.PublicKey(params.publicKey.export({ type: 'spki', format: 'der' }));
  const issuer = params.issuer ? new x509.X509Certificate(params.issuer.certificateDer) : null;
  const subject = buildName(params.subject);
  const certificate = await x509.X509CertificateGenerator.create({
    ...(params.serialNumber === undefined ? {} : { serialNumber: params.serialNumber }),
    subject,
    issuer: issuer?.subjectName ?? subject,
    notBefore: wholeSecond(params.notBefore),
    notAfter: wholeSecond(params.notAfter),
    publicKey,
    signingKey: await webcrypto.subtle.importKey(
      'pkcs8',
      signingKey.export({ type: 'pkcs8', format: 'der' }),
      scheme.webAlgorithm,
      false,
      ['sign'],
    ),
    signingAlgorithm: scheme.webAlgorithm,
    extensions: await extensionsFor(params.extensions, publicKey, issuer),
  });
  return new Uint8Array(certificate.rawData);
}

/** Certificate times carry whole seconds (RFC 5280 4.1.2.5.2: no fractional GeneralizedTime). */
function wholeSecond(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 1000) * 1000);
}

function keyUsageFlags(usages: readonly KeyUsageName[]): number {
  // asn1-x509 names bit 6 `crlSign` in KeyUsage.toJSON() but `cRLSign` in the flags enum.
  return usages.reduce(
    (flags, usage) => flags | x509.KeyUsageFlags[usage === 'crlSign' ? 'cRLSign' : usage],
    0,
  );
}

async function extensionsFor(
  spec: CertificateExtensionsSpec,
  publicKey: x509.PublicKey,
  issuer: x509.X509Certificate | null,
): Promise<x509.Extension[]> {
  const subjectKeyId = await x509.SubjectKeyIdentifierExtension.create(publicKey);
  const issuerKeyId = issuer?.getExtension(x509.SubjectKeyIdentifierExtension)?.keyId;
  const authorityKeyId = issuer
    ? issuerKeyId
      ? new x509.AuthorityKeyIdentifierExtension(issuerKeyId)
      : await x509.AuthorityKeyIdentifierExtension.create(issuer.publicKey)
    : new x509.AuthorityKeyIdentifierExtension(subjectKeyId.keyId);
  const extensions: x509.Extension[] = [];
  if (spec.basicConstraints) {
    const { ca, pathLength } = spec.basicConstraints;
    extensions.push(new x509.BasicConstraintsExtension(ca, pathLength, true));
  }
  if (spec.keyUsage?.length) extensions.push(new x509.KeyUsagesExtension(keyUsageFlags(spec.keyUsage), true));
  if (spec.extendedKeyUsage?.length)
    extensions.push(new x509.ExtendedKeyUsageExtension([...spec.extendedKeyUsage]));
  extensions.push(subjectKeyId, authorityKeyId);
  if (spec.ocspUrls?.length || spec.caIssuersUrls?.length) {
    extensions.push(
      new x509.AuthorityInfoAccessExtension({
        ocsp: [...(spec.ocspUrls ?? [])],
        caIssuers: [...(spec.caIssuersUrls ?? [])],
      }),
    );
  }
  if (spec.crlUrls?.length) extensions.push(new x509.CRLDistributionPointsExtension([...spec.crlUrls]));
  if (spec.dnsNames?.length || spec.ipAddresses?.length) {
    extensions.push(
      new x509.SubjectAlternativeNameExtension([
        ...(spec.dnsNames ?? []).map((value) => ({ type: 'dns' as const, value })),
        ...(spec.ipAddresses ?? []).map((value) => ({ type: 'ip' as const, value })),
      ]),
    );
  }
  if (spec.ocspNoCheck) extensions.push(new x509.Extension(id_pkix_ocsp_nocheck, false, new Null().toBER()));
  return extensions;
}
