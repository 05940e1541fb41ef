import { X509Certificate } from 'node:crypto';
import type { SecretBox } from '../storage/secret-box';
import type { CertificateRepository, CertificateRow } from './certificate.repository';
import { type CertificateWithKey, readCertificateFile, readPemPair } from './certificate-input';
import { type CertificateSummary, summarizeCertificate } from './certificate-summary';

const KEY_CONTEXT = 'certificate-private-key';

/** What the TLS client presents to the online gateway. */
export interface ClientCredentials {
  /** The provider's certificate followed by its chain. */
  certificatePem: string;
  privateKeyPem: string;
  sha256: string;
}

/**
 * *Administrare / Certificat digital*: imports the provider's certificate and private key, which
 * stay on this computer — the key is sealed in the database and only opened to make a TLS
 * connection to SIUI.
 */
export class CertificateService {
  constructor(
    private readonly repository: CertificateRepository,
    private readonly box: SecretBox,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  current(): CertificateSummary | null {
    const row = this.repository.current();
    return row
      ? summarizeCertificate(new X509Certificate(row.certificate_pem), row.imported_at, this.clock())
      : null;
  }

  /** A .p12/.pfx file (or a PEM file holding both certificate and key). */
  importFile(bytes: Uint8Array, password: string): CertificateSummary {
    return this.store(readCertificateFile(bytes, password));
  }

  importPem(certificatePem: string, privateKeyPem: string, password?: string): CertificateSummary {
    return this.store(readPemPair(certificatePem, privateKeyPem, password));
  }

  clientCredentials(): ClientCredentials | null {
    const row = this.repository.current();
    if (!row) return null;
    return {
      certificatePem: row.certificate_pem + row.chain_pem,
      privateKeyPem: this.box.unseal(row.private_key_sealed, KEY_CONTEXT),
      sha256: row.sha256,
    };
  }

  private store(input: CertificateWithKey): CertificateSummary {
    const importedAt = this.clock().toISOString();
    const summary = summarizeCertificate(input.certificate, importedAt, this.clock());
    const privateKeyPem = input.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const row: CertificateRow = {
      certificate_pem: input.certificate.toString(),
      chain_pem: input.chain.map((certificate) => certificate.toString()).join(''),
      private_key_sealed: this.box.seal(privateKeyPem, KEY_CONTEXT),
      subject: summary.subject,
      issuer: summary.issuer,
      serial_number: summary.serialNumber,
      not_before: summary.notBefore,
      not_after: summary.notAfter,
      sha256: summary.sha256,
      imported_at: importedAt,
    };
    this.repository.replace(row);
    return summary;
  }
}
