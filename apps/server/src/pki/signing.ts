/**
 * Which signature algorithm goes with a key, and signature checks on data the libraries decoded.
 *
 * Algorithm identifiers are encoded and decoded by @peculiar/x509's AlgorithmProvider; what is ours
 * is the policy: SHA-256 for RSA and P-256 (SHA-384/512 for the larger curves), and on
 * verification no SHA-1 (broken for signatures) and no RSASSA-PSS (no issuing authority we know of
 * uses it). Signing and verification themselves are synchronous node:crypto calls on KeyObjects,
 * so a responder signs without a WebCrypto round trip per response.
 */
import { createPublicKey, type KeyObject, verify } from 'node:crypto';
import type { AlgorithmIdentifier } from '@peculiar/asn1-x509';
import { AlgorithmProvider } from './x509';

const algorithms = new AlgorithmProvider();

type Digest = 'sha256' | 'sha384' | 'sha512';

/** A WebCrypto algorithm as `subtle.importKey` and @peculiar/x509's generator take it. */
export interface WebSigningAlgorithm {
  readonly name: string;
  readonly namedCurve?: string;
  readonly hash?: string;
}

export interface SigningScheme {
  readonly webAlgorithm: WebSigningAlgorithm;
  /** What `crypto.sign` takes as its first argument (null: the key's own, as for Ed25519). */
  readonly digest: Digest | null;
  /** The signature AlgorithmIdentifier to write next to the signature. */
  readonly algorithmIdentifier: AlgorithmIdentifier;
}

const curves: Readonly<Record<string, { namedCurve: string; hash: 'SHA-256' | 'SHA-384' | 'SHA-512' }>> = {
  prime256v1: { namedCurve: 'P-256', hash: 'SHA-256' },
  secp384r1: { namedCurve: 'P-384', hash: 'SHA-384' },
  secp521r1: { namedCurve: 'P-521', hash: 'SHA-512' },
};

const nodeDigests: Readonly<Record<string, Digest>> = {
  'SHA-256': 'sha256',
  'SHA-384': 'sha384',
  'SHA-512': 'sha512',
};

/** The signing scheme for a private (or public) key; throws for key types we do not sign with. */
export function signingSchemeFor(key: KeyObject): SigningScheme {
  switch (key.asymmetricKeyType) {
    case 'rsa':
      return scheme({ name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, 'SHA-256');
    case 'ec': {
      const curve = curves[key.asymmetricKeyDetails?.namedCurve ?? ''];
      if (!curve) throw new TypeError(`unsupported EC curve: ${key.asymmetricKeyDetails?.namedCurve}`);
      return scheme({ name: 'ECDSA', namedCurve: curve.namedCurve }, curve.hash);
    }
    case 'ed25519':
      return scheme({ name: 'Ed25519' }, null);
    default:
      throw new TypeError(`unsupported signing key type: ${key.asymmetricKeyType ?? 'unknown'}`);
  }
}

function scheme(
  webAlgorithm: WebSigningAlgorithm,
  hash: 'SHA-256' | 'SHA-384' | 'SHA-512' | null,
): SigningScheme {
  const withHash = hash ? { ...webAlgorithm, hash } : webAlgorithm;
  return {
    webAlgorithm: withHash,
    digest: hash ? (nodeDigests[hash] ?? null) : null,
    algorithmIdentifier: algorithms.toAsnAlgorithm(withHash),
  };
}

/** WebCrypto algorithm name → the node:crypto key type that may verify it. */
const verifyingKeyTypes: Readonly<Record<string, string>> = {
  ECDSA: 'ec',
  'RSASSA-PKCS1-v1_5': 'rsa',
  Ed25519: 'ed25519',
  Ed448: 'ed448',
};

/**
 * Verifies `signature` over `data` with the key in `subjectPublicKeyInfoDer`. Returns false (never
 * throws) for refused or unknown algorithms, a key of the wrong type, or a malformed key or signature.
 */
export function verifySignature(params: {
  algorithm: AlgorithmIdentifier;
  subjectPublicKeyInfoDer: Uint8Array;
  data: Uint8Array;
  signature: Uint8Array;
}): boolean {
  try {
    const web: { name: string; hash?: { name: string } } = algorithms.toWebAlgorithm(params.algorithm);
    const keyType = verifyingKeyTypes[web.name];
    const digest = web.hash ? nodeDigests[web.hash.name] : null;
    if (!keyType || digest === undefined) return false;
    const key = createPublicKey({
      key: Buffer.from(params.subjectPublicKeyInfoDer),
      format: 'der',
      type: 'spki',
    });
    if (key.asymmetricKeyType !== keyType) return false;
    return verify(digest, params.data, { key, dsaEncoding: 'der' }, params.signature);
  } catch {
    return false;
  }
}
