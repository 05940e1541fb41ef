import { createPrivateKey, type KeyObject, X509Certificate } from 'node:crypto';
import forge from 'node-forge';
import { capKdfIterations, KdfTooCostlyError } from './kdf-iteration-cap';

// PKCS#12 (.p12/.pfx, RFC 7292) through node-forge, which reads every encryption providers' files
// come with: OpenSSL 3's AES-256/PBKDF2, and the 3DES and RC2 of older Windows exports. forge does
// the MAC check and the decryption; keys and certificates then go to node:crypto as DER, because
// forge's own key objects cover RSA only.

/** The MAC over the file does not match: the password is wrong (or the file was altered). */
export class WrongPasswordError extends Error {
  override name = 'WrongPasswordError';
}

/**
 * The MAC accepted the password but the AES (PBES2) decryption did not: node-forge derives PBES2
 * keys from the password's characters as bytes, so a non-ASCII password only works with the
 * PKCS#12 (3DES, RC2) encryptions. Rare enough to ask for a re-export rather than hand-write PKCS#12.
 */
export class PasswordCharactersError extends Error {
  override name = 'PasswordCharactersError';
}

/** The file is not a PKCS#12 forge can read. */
export class UnreadablePkcs12Error extends Error {
  override name = 'UnreadablePkcs12Error';
}

export { KdfTooCostlyError } from './kdf-iteration-cap';

export interface Pkcs12Contents {
  privateKeys: KeyObject[];
  certificates: X509Certificate[];
}

export function readPkcs12(file: Uint8Array, password: string): Pkcs12Contents {
  capKdfIterations();
  let pfx: forge.pkcs12.Pkcs12Pfx;
  try {
    const asn1 = forge.asn1.fromDer(forge.util.createBuffer(Buffer.from(file).toString('binary')));
    pfx = forge.pkcs12.pkcs12FromAsn1(asn1, password);
  } catch (error) {
    if (error instanceof KdfTooCostlyError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    if (/MAC could not be verified|Invalid password/i.test(message))
      throw new WrongPasswordError(message, { cause: error });
    if (/Failed to decrypt/i.test(message) && /[^\x20-\x7e]/.test(password)) {
      throw new PasswordCharactersError(message, { cause: error });
    }
    throw new UnreadablePkcs12Error(message, { cause: error });
  }
  const contents: Pkcs12Contents = { privateKeys: [], certificates: [] };
  for (const safeContents of pfx.safeContents) {
    for (const bag of safeContents.safeBags) {
      if (bag.type === forge.pki.oids.pkcs8ShroudedKeyBag || bag.type === forge.pki.oids.keyBag) {
        const pkcs8 =
          bag.asn1 ??
          (bag.key ? forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(bag.key)) : undefined);
        if (pkcs8) contents.privateKeys.push(keyFromAsn1(pkcs8));
      } else if (bag.type === forge.pki.oids.certBag) {
        const asn1 = bag.cert ? forge.pki.certificateToAsn1(bag.cert) : bag.asn1;
        if (asn1) contents.certificates.push(new X509Certificate(derOf(asn1)));
      }
    }
  }
  return contents;
}

function keyFromAsn1(asn1: forge.asn1.Asn1): KeyObject {
  try {
    return createPrivateKey({ key: derOf(asn1), format: 'der', type: 'pkcs8' });
  } catch (error) {
    throw new UnreadablePkcs12Error('the key bag holds no readable private key', { cause: error });
  }
}

function derOf(asn1: forge.asn1.Asn1): Buffer {
  return Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
}
