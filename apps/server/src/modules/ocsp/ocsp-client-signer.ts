/**
 * Who may sign an OCSP response about a certificate (RFC 6960 4.2.2.2): the issuing CA itself, or a
 * delegated responder whose certificate the CA issued with the id-kp-OCSPSigning extended key usage.
 */
import { createHash } from 'node:crypto';
import type { ResponderID } from '@peculiar/asn1-ocsp';
import { AsnConvert } from '@peculiar/asn1-schema';
import { id_kp_OCSPSigning } from '@peculiar/asn1-x509';
import { bytesEqual } from '../../pki/bytes';
import {
  type ParsedCertificate,
  parseCertificate,
  validityState,
  verifyIssuedBy,
} from '../../pki/certificate';
import { namesMatch } from '../../pki/distinguished-name';
import { OcspClientError } from './ocsp-client-errors';

export type ResponderKind = 'issuer' | 'delegated';

function identifiedBy(responderId: ResponderID, candidate: ParsedCertificate): boolean {
  if (responderId.byKey) {
    const keyHash = createHash('sha1').update(candidate.subjectPublicKey).digest();
    return bytesEqual(responderId.byKey.buffer, keyHash);
  }
  if (responderId.byName) {
    return namesMatch(new Uint8Array(AsnConvert.serialize(responderId.byName)), candidate.subjectNameDer);
  }
  return false;
}

/** The certificate whose key must have signed the response, or a BAD_SIGNATURE error. */
export async function findAuthorisedSigner(params: {
  responderId: ResponderID;
  issuer: ParsedCertificate;
  embeddedCertificatesDer: readonly Uint8Array[];
  now: Date;
}): Promise<{ signer: ParsedCertificate; kind: ResponderKind }> {
  if (identifiedBy(params.responderId, params.issuer)) return { signer: params.issuer, kind: 'issuer' };
  for (const der of params.embeddedCertificatesDer) {
    const candidate = parseEmbedded(der);
    if (!candidate || !identifiedBy(params.responderId, candidate)) continue;
    if (!(await verifyIssuedBy(candidate, params.issuer))) {
      throw new OcspClientError(
        'BAD_SIGNATURE',
        'the OCSP responder certificate was not issued by the issuer',
      );
    }
    if (!candidate.extendedKeyUsage.includes(id_kp_OCSPSigning)) {
      throw new OcspClientError(
        'BAD_SIGNATURE',
        'the OCSP responder certificate lacks the OCSPSigning usage',
      );
    }
    if (validityState(candidate, params.now) !== 'VALID') {
      throw new OcspClientError('BAD_SIGNATURE', 'the OCSP responder certificate is outside its validity');
    }
    return { signer: candidate, kind: 'delegated' };
  }
  throw new OcspClientError(
    'BAD_SIGNATURE',
    'the response is signed neither by the issuer nor by its delegated responder',
  );
}

function parseEmbedded(der: Uint8Array): ParsedCertificate | null {
  try {
    return parseCertificate(der);
  } catch {
    return null;
  }
}
