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
/** Verdicts kept per certificate fingerprint; a provider presents the same certificate all year. */
const MAX_VERDICTS = 50_000;

export class TrustStore {
  private authorities: TrustedAuthority[] = [];
  /** Which authority signed a certificate, by its SHA-256: a signature check costs a millisecond. */
  private verdicts = new Map<string, TrustedAuthority | null>();

  constructor(private readonly db: Kysely<DB>) {}

  async reload(): Promise<void> {
    const rows = await listAuthorities(this.db, { activeOnly: true });
    this.verdicts = new Map();
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

  /**
   * The active authority that signed `certificate`, or undefined. The answer is kept until the
   * next reload (a signature does not change; the set of authorities does, and then all go).
   */
  async issuerOf(certificate: ParsedCertificate): Promise<TrustedAuthority | undefined> {
    const verdicts = this.verdicts;
    const known = verdicts.get(certificate.sha256Fingerprint);
    if (known !== undefined) return known ?? undefined;
    const authorities = this.authorities;
    let found: TrustedAuthority | null = null;
    for (const authority of authorities) {
      if (!namesMatch(certificate.issuerNameDer, authority.certificate.subjectNameDer)) continue;
      if (await verifyIssuedBy(certificate, authority.certificate)) {
        found = authority;
        break;
      }
    }
    // Kept only if no reload happened meanwhile (it replaces the map).
    if (verdicts === this.verdicts) {
      if (verdicts.size >= MAX_VERDICTS) verdicts.clear();
      verdicts.set(certificate.sha256Fingerprint, found);
    }
    return found ?? undefined;
  }

  has(authorityId: string): boolean {
    return this.authorities.some((authority) => authority.id === authorityId);
  }
}
