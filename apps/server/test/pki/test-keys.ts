import { generateKeyPair, type KeyAlgorithm, type KeyPair } from '../../src/pki/certificate-generator';

export type TestKeyAlgorithm = KeyAlgorithm;

export interface TestKeyPair extends KeyPair {
  /** PKCS#8 PEM, for tools such as `openssl ocsp -rkey`. */
  privateKeyPem: string;
}

/** ECDSA P-256 by default (fast); RSA 2048 when an RSA path must be exercised. */
export async function createKeyPair(algorithm: TestKeyAlgorithm = 'ecdsa'): Promise<TestKeyPair> {
  const keys = await generateKeyPair(algorithm);
  const privateKeyPem = keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  return { ...keys, privateKeyPem };
}

/** The key pair of an OCSP responder identity (the SIUI server's own signer): ECDSA P-256. */
export function createOcspSignerKeyPair(): Promise<TestKeyPair> {
  return createKeyPair('ecdsa');
}
