/** CertID (RFC 6960 4.1.1): the hashes that identify an issuer, and the CertID itself. */
import { createHash } from 'node:crypto';
import { CertID } from '@peculiar/asn1-ocsp';
import { AsnConvert, OctetString } from '@peculiar/asn1-schema';
import { AlgorithmIdentifier } from '@peculiar/asn1-x509';
import { fromHex, toUpperHex } from '../../pki/bytes';
import type { ParsedCertificate } from '../../pki/certificate';
import { serialToIntegerContent } from '../../pki/serial-number';

export type KnownCertIdHash = 'sha1' | 'sha256' | 'sha384' | 'sha512';
/** A dotted object identifier, e.g. `1.2.840.10045.4.3.2`. */
export type ObjectIdentifier = `${number}.${string}`;
/** A known hash by name, or the OID of one we do not know (such a CertID can only be `unknown`). */
export type CertIdHashAlgorithm = KnownCertIdHash | ObjectIdentifier;

/** The hash algorithms a CertID may name (NIST and OIW arcs); asn1-x509 exports no constants for them. */
export const certIdHashOids: Readonly<Record<KnownCertIdHash, string>> = {
  sha1: '1.3.14.3.2.26',
  sha256: '2.16.840.1.101.3.4.2.1',
  sha384: '2.16.840.1.101.3.4.2.2',
  sha512: '2.16.840.1.101.3.4.2.3',
};

export const certIdHashLengths: Readonly<Record<KnownCertIdHash, number>> = {
  sha1: 20,
  sha256: 32,
  sha384: 48,
  sha512: 64,
};

const hashNamesByOid: ReadonlyMap<string, KnownCertIdHash> = new Map(
  Object.entries(certIdHashOids).map(([name, oid]) => [oid, name as KnownCertIdHash]),
);

function isObjectIdentifier(text: string): text is ObjectIdentifier {
  return /^[0-2](\.\d+)+$/.test(text);
}

/** Null when `oid` is not even a well-formed object identifier. */
export function certIdHashFromOid(oid: string): CertIdHashAlgorithm | null {
  return hashNamesByOid.get(oid) ?? (isObjectIdentifier(oid) ? oid : null);
}

export function isKnownCertIdHash(algorithm: CertIdHashAlgorithm): algorithm is KnownCertIdHash {
  return algorithm in certIdHashOids;
}

export interface IssuerHashes {
  /** Uppercase hex hash of the issuer's subject Name DER. */
  issuerNameHash: string;
  /** Uppercase hex hash of the issuer's subjectPublicKey BIT STRING content. */
  issuerKeyHash: string;
}

type IssuerKeyMaterial = Pick<ParsedCertificate, 'subjectNameDer' | 'subjectPublicKey'>;

export function issuerHashes(issuer: IssuerKeyMaterial, algorithm: KnownCertIdHash): IssuerHashes {
  const digest = (data: Uint8Array) => toUpperHex(createHash(algorithm).update(data).digest());
  return { issuerNameHash: digest(issuer.subjectNameDer), issuerKeyHash: digest(issuer.subjectPublicKey) };
}

/**
 * The SHA-1 and SHA-256 CertID hashes of an issuing authority, the two algorithms OCSP clients use
 * in practice (openssl: SHA-1 by default, `-sha256` on request). Stored with the authority, they map
 * an incoming CertID to it.
 */
export function issuerCertIdHashes(issuer: IssuerKeyMaterial): Record<'sha1' | 'sha256', IssuerHashes> {
  return { sha1: issuerHashes(issuer, 'sha1'), sha256: issuerHashes(issuer, 'sha256') };
}

export interface CertIdFields extends IssuerHashes {
  hashAlgorithm: KnownCertIdHash;
  /** Canonical serial hex. */
  serialNumber: string;
}

/** The CertID as asn1-ocsp models it, with the NULL hash parameters openssl and most clients send. */
export function certIdOf(fields: CertIdFields): CertID {
  return new CertID({
    hashAlgorithm: new AlgorithmIdentifier({
      algorithm: certIdHashOids[fields.hashAlgorithm],
      parameters: null,
    }),
    issuerNameHash: new OctetString(fromHex(fields.issuerNameHash)),
    issuerKeyHash: new OctetString(fromHex(fields.issuerKeyHash)),
    serialNumber: serialToIntegerContent(fields.serialNumber).buffer,
  });
}

/** DER CertID. */
export function encodeCertId(fields: CertIdFields): Uint8Array {
  return new Uint8Array(AsnConvert.serialize(certIdOf(fields)));
}
