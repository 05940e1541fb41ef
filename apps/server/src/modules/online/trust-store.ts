import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { type ParsedCertificate, parseCertificate, verifyIssuedBy } from '../../pki/certificate';
import { toPem } from '../../pki/certificate-input';
import { namesMatch } from '../../pki/distinguished-name';
import { listAuthorities } from '../issuing-authorities/issuing-authorities.repository';

export interface TrustedAuthority {
  id: string;
  name: string;
  certificate: ParsedCertificate;
  pem: string;
  ocspUrl: string | null;
  ocspPolicy: 'HARD_FAIL' | 'SOFT_FAIL';
}

/**
 * The active issuing authorities as TLS trust anchors. Reloaded whenever CNAS changes them (every
 * instance hears the notification); the registry checks on each request still read the database,
 * so a stale copy here can only refuse, never admit.
 */
export class TrustStore {
  private authorities: TrustedAuthority[] = [];

  constructor(private readonly db: Kysely<DB>) {}

  async reload(): Promise<void> {
    const rows = await listAuthorities(this.db, { activeOnly: true });
    this.authorities = rows.map((row) => ({
      id: row.id,
      name: row.name,
      certificate: parseCertificate(row.certificate_der),
      pem: toPem(row.certificate_der),
      ocspUrl: row.ocsp_url,
      ocspPolicy: row.ocsp_policy,
    }));
  }

  /** PEMs for the TLS `ca` option (which client certificates the handshake asks for and checks). */
  caPems(): string[] {
    return this.authorities.map((authority) => authority.pem);
  }

  /** The active authority that signed `certificate`, or undefined. */
  async issuerOf(certificate: ParsedCertificate): Promise<TrustedAuthority | undefined> {
    for (const authority of this.authorities) {
      if (!namesMatch(certificate.issuerNameDer, authority.certificate.subjectNameDer)) continue;
      if (await verifyIssuedBy(certificate, authority.certificate)) return authority;
    }
    return undefined;
  }

  has(authorityId: string): boolean {
    return this.authorities.some((authority) => authority.id === authorityId);
  }
}
