/**
 * A throw-away PKI for tests: certificate authorities, provider (TLS client) certificates and OCSP
 * signers, each with its key as node KeyObjects and PEM. Certificates are made by the production
 * generator (src/pki/certificate-generator, i.e. @peculiar/x509) and are checked by openssl in
 * test-pki.test.ts.
 */

import { id_kp_clientAuth, id_kp_OCSPSigning, id_kp_serverAuth } from '@peculiar/asn1-x509';
import { type ParsedCertificate, parseCertificate } from '../../src/pki/certificate';
import {
  type CertificateExtensionsSpec,
  generateCertificate,
  type NameAttribute,
} from '../../src/pki/certificate-generator';
import { createKeyPair, type TestKeyAlgorithm, type TestKeyPair } from './test-keys';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

export interface TestCertificate extends TestKeyPair {
  certificate: ParsedCertificate;
  certificatePem: string;
  certificateDer: Uint8Array;
}

export interface TestCa extends TestCertificate {
  name: string;
  /** Put in the AIA of the certificates this CA issues, unless a leaf says otherwise. */
  ocspUrl: string | null;
}

export interface Validity {
  notBefore: Date;
  notAfter: Date;
}

/** Starts an hour ago, so small clock differences between test processes do not matter. */
function defaultValidity(days: number): Validity {
  const now = Date.now();
  return { notBefore: new Date(now - HOUR_MS), notAfter: new Date(now + days * DAY_MS) };
}

async function issue(params: {
  subject: readonly NameAttribute[];
  keys: TestKeyPair;
  issuer: TestCertificate | null;
  serialNumber?: string;
  validity: Validity;
  extensions: CertificateExtensionsSpec;
}): Promise<TestCertificate> {
  const der = await generateCertificate({
    subject: params.subject,
    publicKey: params.keys.publicKey,
    ...(params.issuer
      ? { issuer: { certificateDer: params.issuer.certificateDer, privateKey: params.issuer.privateKey } }
      : { signingKey: params.keys.privateKey }),
    ...(params.serialNumber === undefined ? {} : { serialNumber: params.serialNumber }),
    notBefore: params.validity.notBefore,
    notAfter: params.validity.notAfter,
    extensions: params.extensions,
  });
  const certificate = parseCertificate(der);
  return { ...params.keys, certificate, certificatePem: certificate.pem, certificateDer: certificate.der };
}

export async function createTestCa(options: {
  name: string;
  ocspUrl?: string;
  validity?: Validity;
  keyAlgorithm?: TestKeyAlgorithm;
  /** Makes a subordinate CA issued by this one instead of a self-signed root. */
  parent?: TestCa;
}): Promise<TestCa> {
  const keys = await createKeyPair(options.keyAlgorithm ?? 'ecdsa');
  const issued = await issue({
    subject: [
      { type: 'C', value: 'RO' },
      { type: 'O', value: options.name },
      { type: 'CN', value: options.name },
    ],
    keys,
    issuer: options.parent ?? null,
    validity: options.validity ?? defaultValidity(3650),
    extensions: {
      basicConstraints: { ca: true },
      keyUsage: ['keyCertSign', 'crlSign', 'digitalSignature'],
      ...(options.parent?.ocspUrl ? { ocspUrls: [options.parent.ocspUrl] } : {}),
    },
  });
  return { ...issued, name: options.name, ocspUrl: options.ocspUrl ?? null };
}

export interface LeafOptions {
  commonName: string;
  /** Canonical hex, not zero (x509 will not make one); random when omitted. */
  serialNumber?: string;
  notBefore?: Date;
  notAfter?: Date;
  /** AIA OCSP URL; defaults to the CA's, `null` leaves it out. */
  ocspUrl?: string | null;
  crlUrl?: string;
  organization?: string;
  /** More subject attributes after O, e.g. `{ type: 'organizationIdentifier', value: 'VATRO-18547290' }`. */
  extraSubject?: readonly NameAttribute[];
  keyAlgorithm?: TestKeyAlgorithm;
}

/** A provider certificate: TLS client authentication, as the online gateway requires. */
export async function issueLeafCertificate(ca: TestCa, options: LeafOptions): Promise<TestCertificate> {
  const keys = await createKeyPair(options.keyAlgorithm ?? 'ecdsa');
  const validity = defaultValidity(365);
  const ocspUrl = options.ocspUrl === undefined ? ca.ocspUrl : options.ocspUrl;
  return issue({
    subject: [
      { type: 'C', value: 'RO' },
      ...(options.organization ? [{ type: 'O', value: options.organization }] : []),
      ...(options.extraSubject ?? []),
      { type: 'CN', value: options.commonName },
    ],
    keys,
    issuer: ca,
    ...(options.serialNumber ? { serialNumber: options.serialNumber } : {}),
    validity: {
      notBefore: options.notBefore ?? validity.notBefore,
      notAfter: options.notAfter ?? validity.notAfter,
    },
    extensions: {
      basicConstraints: { ca: false },
      keyUsage:
        keys.privateKey.asymmetricKeyType === 'rsa'
          ? ['digitalSignature', 'keyEncipherment']
          : ['digitalSignature'],
      extendedKeyUsage: [id_kp_clientAuth],
      ...(ocspUrl ? { ocspUrls: [ocspUrl] } : {}),
      ...(options.crlUrl ? { crlUrls: [options.crlUrl] } : {}),
    },
  });
}

/** A TLS server certificate (id-kp-serverAuth) for the given names and addresses, issued by `ca`. */
export async function issueTlsServerCertificate(
  ca: TestCa,
  options: { dnsNames?: readonly string[]; ipAddresses?: readonly string[] },
): Promise<TestCertificate> {
  const keys = await createKeyPair('ecdsa');
  return issue({
    subject: [
      { type: 'C', value: 'RO' },
      { type: 'CN', value: options.dnsNames?.[0] ?? options.ipAddresses?.[0] ?? 'server' },
    ],
    keys,
    issuer: ca,
    validity: defaultValidity(30),
    extensions: {
      basicConstraints: { ca: false },
      keyUsage: ['digitalSignature'],
      extendedKeyUsage: [id_kp_serverAuth],
      dnsNames: options.dnsNames ?? [],
      ipAddresses: options.ipAddresses ?? [],
    },
  });
}

/** A delegated OCSP responder certificate issued by `ca` (id-kp-OCSPSigning, id-pkix-ocsp-nocheck). */
export async function issueOcspSigner(
  ca: TestCa,
  options: {
    commonName?: string;
    keyAlgorithm?: TestKeyAlgorithm;
    validity?: Validity;
    extendedKeyUsage?: string[];
  } = {},
): Promise<TestCertificate> {
  return issue({
    subject: [
      { type: 'C', value: 'RO' },
      { type: 'O', value: ca.name },
      { type: 'CN', value: options.commonName ?? `${ca.name} OCSP Responder` },
    ],
    keys: await createKeyPair(options.keyAlgorithm ?? 'ecdsa'),
    issuer: ca,
    validity: options.validity ?? defaultValidity(365),
    extensions: {
      basicConstraints: { ca: false },
      keyUsage: ['digitalSignature'],
      extendedKeyUsage: options.extendedKeyUsage ?? [id_kp_OCSPSigning],
      ocspNoCheck: true,
    },
  });
}

/**
 * A self-signed OCSP signing identity, like the SIUI server's own responder certificate, which
 * clients trust directly (`openssl ocsp -VAfile`) rather than through a CA.
 */
export async function createStandaloneOcspSigner(
  options: { commonName?: string; keyAlgorithm?: TestKeyAlgorithm } = {},
): Promise<TestCertificate> {
  return issue({
    subject: [
      { type: 'C', value: 'RO' },
      { type: 'O', value: 'SIUI Cert' },
      { type: 'CN', value: options.commonName ?? 'SIUI OCSP Responder' },
    ],
    keys: await createKeyPair(options.keyAlgorithm ?? 'ecdsa'),
    issuer: null,
    validity: defaultValidity(365),
    extensions: {
      basicConstraints: { ca: false },
      keyUsage: ['digitalSignature'],
      extendedKeyUsage: [id_kp_OCSPSigning],
    },
  });
}
